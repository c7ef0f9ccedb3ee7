import type { ReactNode } from 'react';

/** One entry of a chart's legend: the mark as drawn, and what it means. */
export interface LegendEntry {
  key: string;
  label: string;
  /** The mark, drawn into a 28×16 SVG box. */
  symbol: ReactNode;
}

interface ChartLegendProps {
  /** Groups of entries, each with a heading read by screen readers (e.g. "Status"). */
  groups: { name: string; entries: LegendEntry[] }[];
}

/** A legend that shows each mark as the chart draws it, so form, not only colour, carries meaning. */
export function ChartLegend({ groups }: ChartLegendProps) {
  return (
    <div className="legend" aria-label="Legend" role="group">
      {groups.map((group) => (
        <ul key={group.name} className="legend__group" aria-label={group.name}>
          {group.entries.map((entry) => (
            <li key={entry.key} className="legend__item">
              <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
                {entry.symbol}
              </svg>
              {entry.label}
            </li>
          ))}
        </ul>
      ))}
    </div>
  );
}
