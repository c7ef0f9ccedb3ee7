import type { KeyboardEvent, RefObject } from 'react';
import { Axis } from '../../charts/Axis';
import { StanceGlyph } from '../../charts/StanceGlyph';
import { stanceColor, stanceTint } from '../../charts/stancePalette';
import type { Change } from '../../model/overTime';
import { describeStatement, describeStep } from './overTimeSelect';
import type { OverTimeLayout } from './overTimeLayout';

/** How each change is drawn: colour, dash and a symbol on its badge, so no change is told by colour alone. */
export const changeStyle: Record<Change, { color: string; dash?: string; width: number; symbol: string }> = {
  same: { color: '#8f8b80', width: 1.5, symbol: '=' },
  shifted: { color: '#0072B2', dash: '5 3', width: 2, symbol: '~' },
  reversed: { color: '#B34700', width: 3, symbol: '⇄' },
};

interface OverTimeChartProps {
  layout: OverTimeLayout;
  title: string;
  names: (track: { actor: string; topic: string }) => { actor: string; topic: string };
  /** The open change, by the id of the position it leads to. */
  selected: string | null;
  onOpen: (step: string) => void;
  svgRef: RefObject<SVGSVGElement | null>;
}

const LABEL_Y = 15;
const LINE_Y = 44;

/** Each actor's statements on a topic along a time axis; the badge between two statements opens the change. */
export function OverTimeChart({ layout, title, names, selected, onOpen, svgRef }: OverTimeChartProps) {
  const open = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    }
  };
  const plotBottom = layout.height - 34;
  return (
    <div className="chart-frame over-time-chart">
      <svg ref={svgRef} width={layout.width} height={layout.height} role="group" aria-label={title} fontFamily="system-ui, 'DejaVu Sans', Arial, sans-serif">
        <g aria-hidden="true">
          {layout.sources.map((s) => (
            <line key={s.date} x1={s.x} x2={s.x} y1={0} y2={plotBottom} stroke="#b9b4a8" strokeDasharray="1 3" />
          ))}
          <g transform={`translate(0,${plotBottom})`}>
            <Axis orientation="bottom" ticks={layout.ticks} />
          </g>
        </g>
        {layout.rows.map((row) => {
          const n = names(row.track);
          const y = row.top + LINE_Y;
          return (
            <g key={`${row.track.actor}~${row.track.topic}`} className="over-time-track">
              <text x={layout.left} y={row.top + LABEL_Y} fontSize="13" fill="#1d1d1b">
                <tspan fontWeight="600">{n.actor}</tspan>
                <tspan fill="#55534e"> on {n.topic}</tspan>
              </text>
              <line x1={layout.left} x2={layout.right} y1={y} y2={y} stroke="#ece8df" aria-hidden="true" />
              {row.steps.map(({ step, x1, x2 }) => {
                const style = changeStyle[step.change];
                return <line key={`line-${step.to.position.id}`} x1={x1} x2={x2} y1={y} y2={y} stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash} aria-hidden="true" />;
              })}
              {row.points.map(({ statement, x }) => (
                <g key={statement.position.id} transform={`translate(${x},${y})`} role="img" aria-label={`${n.actor}: ${describeStatement(statement)}`}>
                  <circle r={10} fill={stanceTint[statement.position.stance]} stroke={stanceColor[statement.position.stance]} strokeWidth={1.5} />
                  <g transform="translate(-7,-7)">
                    <StanceGlyph stance={statement.position.stance} size={14} />
                  </g>
                </g>
              ))}
              {row.steps.map(({ step, x1, x2 }) => {
                const style = changeStyle[step.change];
                const id = step.to.position.id;
                const isSelected = selected === id;
                // Between statements too close for a badge, it sits above the line, clear of their marks.
                const lift = x2 - x1 < 46 ? -21 : 0;
                return (
                  <g
                    key={`badge-${id}`}
                    className="chart-mark over-time-step"
                    data-step={id}
                    transform={`translate(${(x1 + x2) / 2},${y + lift})`}
                    tabIndex={0}
                    role="button"
                    aria-pressed={isSelected}
                    aria-label={`${describeStep(n, step)}. Open to compare the words.`}
                    onClick={() => onOpen(id)}
                    onKeyDown={open(id)}
                  >
                    <rect x={-11} y={-9} width={22} height={18} rx={9} fill={step.change === 'same' ? '#fff' : style.color} stroke={isSelected ? '#1d1d1b' : style.color} strokeWidth={isSelected ? 2.5 : 1.5} />
                    <text textAnchor="middle" y={4.5} fontSize="13" fontWeight="700" fill={step.change === 'same' ? '#55534e' : '#fff'} aria-hidden="true">
                      {style.symbol}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
