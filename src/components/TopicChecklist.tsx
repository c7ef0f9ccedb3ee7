import type { Topic } from '../model/schema';

/** Adds the value when absent, removes it when present. */
export const toggle = <T,>(values: T[], value: T) => (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);

interface TopicChecklistProps {
  topics: Topic[];
  selected: string[];
  onChange: (ids: string[]) => void;
  /** What the chosen topics do, for screen readers, e.g. "Topics to show". */
  legend: string;
}

/** A folding checklist of topics; none chosen means all. */
export function TopicChecklist({ topics, selected, onChange, legend }: TopicChecklistProps) {
  return (
    <details className="filters__topics">
      <summary>
        Topics <span className="filters__count">{selected.length ? `${selected.length} of ${topics.length}` : 'all'}</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {topics.map((topic) => (
          <label key={topic.id} className="check">
            <input type="checkbox" checked={selected.includes(topic.id)} onChange={() => onChange(toggle(selected, topic.id))} />
            {topic.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
