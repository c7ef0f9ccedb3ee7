import { formatDay } from '../../model/formatDay';
import { useId } from 'react';


interface AsOfPickerProps {
  dates: string[];
  date: string;
  since: string | null;
  changedCount: number;
  onChange: (date: string) => void;
}

/** A slider over the sources' dates: the matrix shows each cell's latest position as of the one chosen. */
export function AsOfPicker({ dates, date, since, changedCount, onChange }: AsOfPickerProps) {
  const id = useId();
  const at = dates.indexOf(date);
  return (
    <div className="as-of-picker">
      <label htmlFor={id} className="as-of-picker__label">
        Positions as of <strong>{formatDay(date)}</strong>{' '}
        <span className="as-of-picker__count">
          (source {at + 1} of {dates.length})
        </span>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={dates.length - 1}
        step={1}
        value={at}
        aria-valuetext={`${formatDay(date)}, source ${at + 1} of ${dates.length}`}
        onChange={(event) => onChange(dates[Number(event.target.value)]!)}
      />
      <div className="as-of-picker__ends" aria-hidden="true">
        <span>{formatDay(dates[0]!)}</span>
        <span>{formatDay(dates.at(-1)!)}</span>
      </div>
      <p className="as-of-picker__note">
        {since ? (
          <>
            <span className="as-of-picker__marker" aria-hidden="true" /> {changedCount} {changedCount === 1 ? 'cell' : 'cells'} changed since{' '}
            {formatDay(since)}, the source before.
          </>
        ) : (
          'The first source: nothing before it to change from.'
        )}
      </p>
    </div>
  );
}
