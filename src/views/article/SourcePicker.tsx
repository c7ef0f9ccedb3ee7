import { formatDay } from '../../model/formatDay';
import { useId } from 'react';
import type { Source } from '../../model/schema';

interface SourcePickerProps {
  sources: readonly Source[];
  source: Source;
  onChange: (id: string) => void;
}

/** Which of a story's articles the reader shows, in publication order. */
export function SourcePicker({ sources, source, onChange }: SourcePickerProps) {
  const id = useId();
  const byDate = [...sources].sort((a, b) => (a.published.date < b.published.date ? -1 : a.published.date > b.published.date ? 1 : 0));
  return (
    <div className="source-picker">
      <label htmlFor={id}>
        Article <span className="source-picker__count">({sources.length} in this story)</span>
      </label>
      <select id={id} value={source.id} onChange={(event) => onChange(event.target.value)}>
        {byDate.map((s) => (
          <option key={s.id} value={s.id}>
            {formatDay(s.published.date)}: {s.title} ({s.publisher})
          </option>
        ))}
      </select>
    </div>
  );
}
