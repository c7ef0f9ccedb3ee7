import type { ReactNode } from 'react';
import './charts.css';

/** Where a tooltip of `width` px goes for an anchor at (x, y): above it, kept inside the container. */
export function placeTooltip(anchor: { x: number; y: number }, containerWidth: number, width: number) {
  const left = Math.min(Math.max(anchor.x - width / 2, 0), Math.max(containerWidth - width, 0));
  // Near the top there is no room above the mark, so the tooltip drops below it.
  const below = anchor.y < 120;
  return { left, top: below ? anchor.y + 14 : anchor.y - 14, below };
}

interface ChartTooltipProps {
  /** Referenced by the focused mark's aria-describedby. */
  id: string;
  anchor: { x: number; y: number };
  containerWidth: number;
  children: ReactNode;
}

const WIDTH = 280;

/** The tooltip of a chart mark, shown on hover and on keyboard focus, over the chart's own box. */
export function ChartTooltip({ id, anchor, containerWidth, children }: ChartTooltipProps) {
  const width = Math.min(WIDTH, containerWidth);
  const { left, top, below } = placeTooltip(anchor, containerWidth, width);
  return (
    <div id={id} role="tooltip" className={below ? 'chart-tooltip is-below' : 'chart-tooltip'} style={{ left, top, width }}>
      {children}
    </div>
  );
}
