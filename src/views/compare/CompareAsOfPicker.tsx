import { formatDay } from '../../model/formatDay';
import { useId } from 'react';

interface CompareAsOfPickerProps {
  dates: string[];
  date: string;
  onChange: (date: string) => void;
}

/** Which source date agreement is shown as of: each actor's latest position on each topic by then. */
export function CompareAsOfPicker({ dates, date, onChange }: CompareAsOfPickerProps) {
  const id = useId();
  return (
    <div className="compare-as-of">
      <label htmlFor={id}>Agreement as of</label>
      <select id={id} value={date} onChange={(event) => onChange(event.target.value)}>
        {dates.map((d, i) => (
          <option key={d} value={d}>
            {formatDay(d)} (source date {i + 1} of {dates.length})
          </option>
        ))}
      </select>
      <p className="compare-as-of__note">Each actor’s latest position on each topic by then.</p>
    </div>
  );
}
