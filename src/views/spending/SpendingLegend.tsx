import { ChartLegend, type LegendEntry } from '../../charts/ChartLegend';
import { seriesColor } from '../../charts/seriesPalette';
import type { FigureStatus } from '../../model/schema';
import { FigureMarker } from './FigureMarker';
import type { SpendingModel } from './spendingSeries';

const INK = 'var(--ink-soft)';

/** How each status is drawn, in the words of the legend. */
const statusEntry: Record<FigureStatus, LegendEntry> = {
  current: { key: 'current', label: 'Current: filled dot, solid line', symbol: <><path d="M2 8H26" stroke={INK} strokeWidth="2" /><FigureMarker status="current" color={INK} x={14} y={8} r={4.5} /></> },
  pledged: { key: 'pledged', label: 'Pledged: dashed line to a target', symbol: <><path d="M1 8H16" stroke={INK} strokeWidth="2" strokeDasharray="4 3" /><FigureMarker status="pledged" color={INK} x={20} y={8} r={3.5} /></> },
  aspiration: { key: 'aspiration', label: 'Aspiration: hollow dot', symbol: <FigureMarker status="aspiration" color={INK} x={14} y={8} r={4} /> },
  demanded: { key: 'demanded', label: 'Demanded of others: a line across all years', symbol: <path d="M0 8H28" stroke={INK} strokeWidth="2" /> },
  claimed: { key: 'claimed', label: 'Claimed: diamond', symbol: <FigureMarker status="claimed" color={INK} x={14} y={8} r={5} /> },
};

/** The legend's soft band; the chart draws each in its series' colour. */
const softBand = (
  <>
    <defs>
      <linearGradient id="legend-soft-window" x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" stopColor={INK} stopOpacity="0" />
        <stop offset="0.3" stopColor={INK} stopOpacity="0.3" />
        <stop offset="0.7" stopColor={INK} stopOpacity="0.3" />
        <stop offset="1" stopColor={INK} stopOpacity="0" />
      </linearGradient>
    </defs>
    <rect x="0" y="3" width="28" height="10" fill="url(#legend-soft-window)" />
  </>
);

/** The timeline's legend: who each colour is, and what each form of mark means; only what is drawn. */
export function SpendingLegend({ model }: { model: SpendingModel }) {
  const marks = model.series.flatMap((s) => s.marks);
  const figures = [...marks.map((m) => m.figure), ...model.references.map((r) => r.figure)];
  const statuses = new Set(figures.map((f) => f.status));
  const who = [
    ...model.series.map((s) => ({ key: s.actor.id, label: s.label, color: seriesColor(s.colorIndex) })),
    ...model.references
      .filter((r) => !model.series.some((s) => s.actor.id === r.actor.id))
      .map((r) => ({ key: r.actor.id, label: r.actor.name, color: seriesColor(model.actors.indexOf(r.actor)) })),
  ];
  return (
    <ChartLegend
      groups={[
        { name: 'Who', entries: who.map((w) => ({ key: w.key, label: w.label, symbol: <rect x="4" y="3" width="20" height="10" rx="2" fill={w.color} /> })) },
        { name: 'Status, drawn as the form of the mark', entries: [...statuses].map((s) => statusEntry[s]) },
        {
          name: 'Time',
          entries: [
            { key: 'published', label: 'When the article was published', symbol: <path d="M14 0V16" stroke="var(--control-border)" strokeDasharray="2 3" /> },
            ...(marks.some((m) => m.replacedBy)
              ? [
                  {
                    key: 'replaced',
                    label: 'Faded, with a dotted arrow: a pledge or hope replaced by a later one from the same actor',
                    symbol: (
                      <>
                        <g opacity="0.4">
                          <FigureMarker status="pledged" color={INK} x={5} y={10} r={3} />
                        </g>
                        <path d="M11 8Q17 2 25 6" fill="none" stroke={INK} strokeWidth="1.4" strokeDasharray="1 3" strokeLinecap="round" />
                      </>
                    ),
                  },
                ]
              : []),
            ...(marks.some((m) => m.time.window) ? [{ key: 'window', label: 'Soft-edged band: a vague time, drawn as a window of years reasoned from the text', symbol: softBand }] : []),
          ],
        },
        ...(figures.some((f) => f.machineDrafted)
          ? [
              {
                name: 'Checked or not',
                entries: [
                  {
                    key: 'unconfirmed',
                    label: 'Unconfirmed draft: a dashed ring (a dash-dot line for a demand)',
                    symbol: <FigureMarker status="current" color={INK} x={14} y={8} r={3.4} unconfirmed />,
                  },
                ],
              },
            ]
          : []),
      ]}
    />
  );
}
