import type { FigureStatus } from '../../model/schema';

interface FigureMarkerProps {
  status: FigureStatus;
  color: string;
  x?: number;
  y?: number;
  /** Radius in px; default 6. */
  r?: number;
  /** Machine-drafted and not yet confirmed: a dashed ring round the mark, so it reads without colour. */
  unconfirmed?: boolean;
}

/**
 * The mark of a figure, its form telling its status: current is a filled dot, pledged a target
 * (dot in a ring), aspiration a hollow dot, claimed a diamond, demanded a bar (the chart draws
 * demands as lines across the whole time axis).
 */
export function FigureMarker({ unconfirmed = false, ...mark }: FigureMarkerProps) {
  if (!unconfirmed) return <StatusMark {...mark} />;
  const { x = 0, y = 0, r = 6, color } = mark;
  return (
    <g className="figure-marker--unconfirmed">
      <circle cx={x} cy={y} r={r * 2.1} fill="var(--panel)" fillOpacity="0.6" stroke={color} strokeWidth="1.4" strokeDasharray="2.5 2.5" />
      <StatusMark {...mark} />
    </g>
  );
}

function StatusMark({ status, color, x = 0, y = 0, r = 6 }: Omit<FigureMarkerProps, 'unconfirmed'>) {
  switch (status) {
    case 'current':
      return <circle cx={x} cy={y} r={r} fill={color} stroke="var(--panel)" strokeWidth="1.5" />;
    case 'pledged':
      return (
        <g>
          <circle cx={x} cy={y} r={r + 3.5} fill="var(--panel)" stroke={color} strokeWidth="1.8" />
          <circle cx={x} cy={y} r={r - 1.5} fill={color} />
        </g>
      );
    case 'aspiration':
      return <circle cx={x} cy={y} r={r} fill="var(--panel)" stroke={color} strokeWidth="2.4" />;
    case 'claimed':
      return <path d={`M${x} ${y - r * 1.3}L${x + r * 1.3} ${y}L${x} ${y + r * 1.3}L${x - r * 1.3} ${y}Z`} fill={color} stroke="var(--panel)" strokeWidth="1.2" />;
    case 'demanded':
      return <rect x={x - r * 1.4} y={y - 1.5} width={r * 2.8} height="3" fill={color} />;
  }
}
