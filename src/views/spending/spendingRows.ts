import { toCsv } from '../../model/csv';
import { formatAmount } from '../../model/figureFormat';
import type { Figure } from '../../model/schema';
import { figureStatusLabel } from '../../model/vocabulary';
import type { Gap, SpendingModel } from './spendingSeries';

/** One figure of the timeline as the table and the CSV give it. */
export interface SpendingRow {
  figure: Figure;
  who: string;
  appliesTo: string;
  status: string;
  amount: string;
  /** The text's words for the time, and the reasoned window where there is one. */
  when: string;
  /** How far the figure is from each demand, or what a demand is asked of. */
  gaps: string;
}

const windowText = (w: { earliest: number; latest: number }) => `about ${w.earliest}–${w.latest}`;

/** Every figure shown, in the chart's order: each series' marks by time, then the demands. */
export function spendingRows(model: SpendingModel): SpendingRow[] {
  const gapText = (gaps: Gap[]) => gaps.map((g) => g.label).join('; ');
  const marks = model.series.flatMap((s) =>
    s.marks.map((m) => ({
      figure: m.figure,
      who: m.actor.name,
      appliesTo: m.appliesTo?.name ?? '',
      status: figureStatusLabel[m.figure.status],
      amount: formatAmount(m.figure.quantity),
      when: m.time.window ? `${m.time.phrase} (${windowText(m.time.window)})` : m.time.phrase,
      gaps: gapText(model.gaps.filter((g) => g.mark === m)),
    })),
  );
  const demands = model.references.map((r) => ({
    figure: r.figure,
    who: r.actor.name,
    appliesTo: r.appliesTo?.name ?? '',
    status: figureStatusLabel[r.figure.status],
    amount: formatAmount(r.figure.quantity),
    when: r.figure.time?.phrase || 'no time given',
    gaps: '',
  }));
  return [...marks, ...demands];
}

/** The data behind the timeline as CSV, with each figure's quote and where it is in the source. */
export function spendingCsv(model: SpendingModel): string {
  const rows = spendingRows(model).map((row) => {
    const { figure } = row;
    const span = figure.evidence[0]!;
    return {
      id: figure.id,
      label: figure.label,
      who: row.who,
      appliesTo: row.appliesTo,
      status: figure.status,
      value: figure.quantity.value,
      unit: figure.quantity.unit,
      timePhrase: figure.time?.phrase ?? '',
      year: figure.time?.year ?? null,
      earliest: figure.time?.earliest ?? null,
      latest: figure.time?.latest ?? null,
      timeNote: figure.time?.note ?? '',
      gapToDemand: row.gaps,
      quote: figure.evidence.map((s) => s.exact).join(' … '),
      source: span.source,
      start: span.start,
      end: span.end,
    };
  });
  return toCsv(rows, [
    'id', 'label', 'who', { key: 'appliesTo', header: 'applies to' }, 'status', 'value', 'unit',
    { key: 'timePhrase', header: 'time (article’s words)' }, 'year', 'earliest', 'latest',
    { key: 'timeNote', header: 'how the window was reasoned' }, { key: 'gapToDemand', header: 'gap to demand' },
    'quote', 'source', 'start', 'end',
  ]);
}

/** The chart in words, for screen readers. */
export function describeSpending(model: SpendingModel): string {
  const parts = ['Defence spending as a share of GDP, as the article gives it.'];
  for (const series of model.series) {
    const marks = series.marks.map((m) => {
      const window = m.time.window ? ` (${windowText(m.time.window)})` : '';
      return `${figureStatusLabel[m.figure.status].toLowerCase()} ${formatAmount(m.figure.quantity)} ${m.time.phrase}${window}`;
    });
    parts.push(`${series.label}: ${marks.join('; ')}.`);
  }
  for (const r of model.references)
    parts.push(`${r.actor.name} demands ${formatAmount(r.figure.quantity)}${r.appliesTo ? ` of ${r.appliesTo.name}` : ''}, drawn as a line across all years.`);
  for (const g of model.gaps) parts.push(`${g.mark.label}: ${g.label}.`);
  if (!model.series.some((s) => s.marks.some((m) => m.figure.status === 'current')))
    parts.push('The article gives no current spending figure.');
  if (!model.series.length && !model.references.length) parts.push('No figure is shown for the chosen actors.');
  return parts.join(' ');
}
