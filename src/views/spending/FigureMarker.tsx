import type { FigureStatus } from '../../model/schema';

interface FigureMarkerProps {
  status: FigureStatus;
  color: string;
  x?: number;
  y?: number;
  /** Radius in px; default 6. */
  r?: number;
}

/**
 * The mark of a figure, its form telling its status: current is a filled dot, pledged a target
 * (dot in a ring), aspiration a hollow dot, claimed a diamond, demanded a bar (the chart draws
 * demands as lines across the whole time axis).
 */
export function FigureMarker({ status, color, x = 0, y = 0, r = 6 }: FigureMarkerProps) {
  switch (status) {
    case 'current':
      return <circle cx={x} cy={y} r={r} fill={color} stroke="#ffffff" strokeWidth="1.5" />;
    case 'pledged':
      return (
        <g>
          <circle cx={x} cy={y} r={r + 3.5} fill="#ffffff" stroke={color} strokeWidth="1.8" />
          <circle cx={x} cy={y} r={r - 1.5} fill={color} />
        </g>
      );
    case 'aspiration':
      return <circle cx={x} cy={y} r={r} fill="#ffffff" stroke={color} strokeWidth="2.4" />;
    case 'claimed':
      return <path d={`M${x} ${y - r * 1.3}L${x + r * 1.3} ${y}L${x} ${y + r * 1.3}L${x - r * 1.3} ${y}Z`} fill={color} stroke="#ffffff" strokeWidth="1.2" />;
    case 'demanded':
      return <rect x={x - r * 1.4} y={y - 1.5} width={r * 2.8} height="3" fill={color} />;
  }
}
