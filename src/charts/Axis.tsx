import type { Tick } from './axisGeometry';

interface AxisProps {
  orientation: 'bottom' | 'left';
  ticks: Tick[];
  /** Length of the grid lines across the plot (px); 0 draws none. */
  gridLength?: number;
  /** The axis title, drawn at the end of a bottom axis and above a left one. */
  label?: string;
}

const INK = 'var(--ink-soft)';

/**
 * A chart axis drawn by React from tick geometry (see `linearTicks`). Colours are attributes, not CSS,
 * so an exported SVG looks the same as the page.
 */
export function Axis({ orientation, ticks, gridLength = 0, label }: AxisProps) {
  const bottom = orientation === 'bottom';
  return (
    <g className={`axis axis--${orientation}`} fontSize="12" fill={INK} aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick.value} transform={bottom ? `translate(${tick.offset},0)` : `translate(0,${tick.offset})`}>
          {gridLength > 0 && (
            <line {...(bottom ? { y2: -gridLength } : { x2: gridLength })} stroke="var(--grid)" strokeWidth="1" />
          )}
          <line {...(bottom ? { y2: 5 } : { x2: -5 })} stroke={INK} />
          <text {...(bottom ? { y: 18, textAnchor: 'middle' } : { x: -8, dy: '0.32em', textAnchor: 'end' })}>{tick.label}</text>
        </g>
      ))}
      {bottom && ticks.length > 0 && <line x1={ticks[0]!.offset} x2={ticks.at(-1)!.offset} stroke={INK} />}
      {label && (
        <text
          className="axis__label"
          {...(bottom ? { x: ticks.at(-1)?.offset ?? 0, y: 34, textAnchor: 'end' } : { x: -36, y: (ticks.at(-1)?.offset ?? 0) - 16, textAnchor: 'start' })}
          fontWeight="600"
        >
          {label}
        </text>
      )}
    </g>
  );
}
