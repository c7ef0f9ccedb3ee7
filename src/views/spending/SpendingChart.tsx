import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { Axis } from '../../charts/Axis';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { formatAmount } from '../../model/figureFormat';
import { formatDay } from '../../model/formatDay';
import type { Figure } from '../../model/schema';
import { figureStatusLabel } from '../../model/vocabulary';
import { FigureMarker } from './FigureMarker';
import type { PlacedLabel, SpendingLayout } from './spendingLayout';
import { replacedText, type SpendingMark } from './spendingSeries';

interface SpendingChartProps {
  layout: SpendingLayout;
  title: string;
  /** The chart in words (see `describeSpending`). */
  summary: string;
  selected: string | null;
  onOpen: (figureId: string) => void;
  svgRef?: Ref<SVGSVGElement>;
}

function Label({ label, ...text }: { label: PlacedLabel; fill?: string; fontWeight?: string }) {
  return (
    <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize="12" fill="var(--ink)" stroke="var(--panel)" strokeWidth="3" paintOrder="stroke" {...text}>
      {label.lines.map((l, i) => (
        <tspan key={i} x={label.x} dy={i ? '1.2em' : 0}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/** A window's gradient: clear at both ends, so the band has no edge that reads as a known start or end. */
function SoftWindow({ id, color }: { id: string; color: string }) {
  return (
    <linearGradient id={id} x1="0" x2="1" y1="0" y2="0">
      <stop offset="0" stopColor={color} stopOpacity="0" />
      <stop offset="0.3" stopColor={color} stopOpacity="0.22" />
      <stop offset="0.7" stopColor={color} stopOpacity="0.22" />
      <stop offset="1" stopColor={color} stopOpacity="0" />
    </linearGradient>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const windowGradientId = (figureId: string) => `figure-window-${figureId}`;
const UNCONFIRMED = 'Unconfirmed draft';

/** What a click or Enter opens: the evidence, and for a reasoned window the reasoning too. */
function tooltipHint(figure: Figure): string {
  const time = figure.time;
  if (time?.earliest !== undefined && time.latest !== undefined && time.note)
    return `The text gives no year: drawn as ${time.earliest}–${time.latest}, a window reasoned from it. Click or press Enter for the reasoning and the evidence.`;
  const unchecked = figure.machineDrafted ? ' Machine-drafted and not yet confirmed by a person: check it against the words.' : '';
  return `Click or press Enter for the evidence.${unchecked}`;
}

/** The figures timeline, drawn by React from a precomputed layout; marks are keyboard focusable. */
export function SpendingChart({ layout, title, summary, selected, onOpen, svgRef }: SpendingChartProps) {
  const tooltipId = useId();
  const summaryId = useId();
  const arrowId = useId();
  const [active, setActive] = useState<{ figure: Figure; x: number; y: number; phrase: string; mark?: SpendingMark } | null>(null);
  const { margin, plot } = layout;

  const markProps = (figure: Figure, x: number, y: number, phrase: string, mark?: SpendingMark) => ({
    className: 'chart-mark',
    tabIndex: 0,
    role: 'button',
    'data-figure': figure.id,
    'aria-label': `${figure.machineDrafted ? `${UNCONFIRMED}. ` : ''}${figureStatusLabel[figure.status]}: ${formatAmount(figure.quantity)}, ${phrase}. ${figure.label}.${mark?.said ? ` Said ${formatDay(mark.said.date)}.` : ''}${mark?.replacedBy ? ` ${capitalise(replacedText(mark))}.` : ''}`,
    'aria-describedby': active?.figure.id === figure.id ? tooltipId : undefined,
    'aria-pressed': selected === figure.id,
    onMouseEnter: () => setActive({ figure, x: margin.left + x, y: margin.top + y, phrase, mark }),
    onMouseLeave: () => setActive(null),
    onFocus: () => setActive({ figure, x: margin.left + x, y: margin.top + y, phrase, mark }),
    onBlur: () => setActive(null),
    onClick: () => onOpen(figure.id),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onOpen(figure.id);
      } else if (event.key === 'Escape') setActive(null);
    },
  });

  return (
    <div className="chart-frame">
      <svg ref={svgRef} width={layout.width} height={layout.height} role="group" aria-label={title} aria-describedby={summaryId} fontFamily="system-ui, 'DejaVu Sans', Arial, sans-serif">
        {(layout.marks.some((m) => m.band) || layout.connectors.length > 0) && (
          <defs>
            {layout.marks.map(({ mark, color, band }) => band && <SoftWindow key={mark.figure.id} id={windowGradientId(mark.figure.id)} color={color} />)}
            {layout.connectors.length > 0 && (
              <marker id={arrowId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0 1L9 5L0 9Z" fill="var(--ink-soft)" />
              </marker>
            )}
          </defs>
        )}
        <g transform={`translate(${margin.left},${margin.top})`}>
          <Axis orientation="left" ticks={layout.yTicks} gridLength={plot.width} label={layout.yLabel} />
          <g transform={`translate(0,${plot.height})`}>
            <Axis orientation="bottom" ticks={layout.xTicks} label="Year" />
          </g>
          <g aria-hidden="true">
            <line x1={layout.publishedX} x2={layout.publishedX} y1={-8} y2={plot.height} stroke="var(--control-border)" strokeDasharray="2 3" />
            <text x={layout.publishedX + 4} y={-12} fontSize="11" fill="var(--ink-soft)">
              {layout.acrossDates ? 'First article published' : 'Article published'}
            </text>
            {layout.segments.map((s) => (
              <path key={s.key} d={s.d} fill="none" stroke={s.color} strokeWidth="2.2" strokeDasharray={s.dashed ? '7 5' : undefined} />
            ))}
            {layout.connectors.map((c) => (
              <path key={c.key} className="spending-connector" d={c.d} fill="none" stroke="var(--ink-soft)" strokeWidth="1.4" strokeDasharray="1 4" strokeLinecap="round" markerEnd={`url(#${arrowId})`} />
            ))}
            {layout.gaps.map(({ gap, x, y1, y2, label }) => (
              <g key={`${gap.mark.figure.id}-${gap.reference.figure.id}`} className="spending-gap">
                <path d={`M${x - 4} ${y1}H${x}V${y2}H${x - 4}`} fill="none" stroke="var(--ink-soft)" strokeWidth="1.2" />
                <Label label={label} fill="var(--ink-2)" />
              </g>
            ))}
          </g>
          {layout.references.map(({ reference, color, y, label }) => (
            <g key={reference.figure.id} {...markProps(reference.figure, plot.width - 40, y, 'no year given')}>
              <line x1={0} x2={plot.width} y1={y} y2={y} stroke="transparent" strokeWidth="16" />
              <line x1={0} x2={plot.width} y1={y} y2={y} stroke={color} strokeWidth={selected === reference.figure.id ? 3.5 : 2} strokeDasharray={reference.figure.machineDrafted ? '10 4 2 4' : undefined} />
              <rect className="chart-mark__focus" x={-4} y={y - 24} width={plot.width + 8} height={32} rx="4" fill="none" stroke="none" />
              <Label label={label} fontWeight="600" />
            </g>
          ))}
          {layout.marks.map(({ mark, color, cx, cy, band, label }) => (
            <g key={mark.figure.id} {...markProps(mark.figure, cx, cy, mark.time.phrase, mark)}>
              {band && <rect className="figure-window" x={band.x} y={cy - 10} width={band.width} height={20} fill={`url(#${windowGradientId(mark.figure.id)})`} />}
              <circle cx={cx} cy={cy} r={16} fill="transparent" />
              <circle className="chart-mark__focus" cx={cx} cy={cy} r={14} fill="none" stroke={selected === mark.figure.id ? 'var(--ink)' : 'none'} strokeWidth="2" />
              {/* A replaced pledge is faded; its label, not the fading, says so. */}
              <g opacity={mark.replacedBy ? 0.4 : undefined}>
                <FigureMarker status={mark.figure.status} color={color} x={cx} y={cy} r={6} unconfirmed={mark.figure.machineDrafted} />
              </g>
              {label.lines.length > 0 && <Label label={label} {...(mark.replacedBy ? { fill: 'var(--ink-2)' } : {})} />}
            </g>
          ))}
        </g>
      </svg>
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      {active && (
        <ChartTooltip id={tooltipId} anchor={active} containerWidth={layout.width}>
          <p className="chart-tooltip__title">
            {formatAmount(active.figure.quantity)} · {figureStatusLabel[active.figure.status]}
            {active.figure.machineDrafted && <span className="tag">{UNCONFIRMED}</span>}
          </p>
          <p className="chart-tooltip__meta">
            {active.figure.label}, {active.phrase}
          </p>
          {active.mark?.said && (
            <p className="chart-tooltip__meta">
              Said {formatDay(active.mark.said.date)}, in {active.mark.said.source.title}
            </p>
          )}
          {active.mark?.replacedBy && <p className="chart-tooltip__meta">{capitalise(replacedText(active.mark))}</p>}
          <p className="chart-tooltip__quote">“{active.figure.evidence[0]!.exact}”</p>
          <p className="chart-tooltip__hint">{tooltipHint(active.figure)}</p>
        </ChartTooltip>
      )}
    </div>
  );
}
