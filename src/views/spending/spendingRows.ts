import { toCsv } from '../../model/csv';
import { formatAmount } from '../../model/figureFormat';
import { metricLabel } from '../../model/metrics';
import type { Figure } from '../../model/schema';
import { formatDay } from '../../model/formatDay';
import { figureStatusLabel } from '../../model/vocabulary';
import { chartTitle, unitPhrase } from './figureScales';
import { markAmount, replacedText, type Gap, type SpendingModel } from './spendingSeries';

/** One figure of the timeline as the table and the CSV give it. */
export interface SpendingRow {
  figure: Figure;
  who: string;
  appliesTo: string;
  status: string;
  /** Machine-drafted and not yet confirmed by a person. */
  unconfirmed: boolean;
  amount: string;
  /** The text's words for the time, and the reasoned window where there is one. */
  when: string;
  /** How far the figure is from each demand, or what a demand is asked of. */
  gaps: string;
  /** When it was said ("26 Feb 2025"); empty when all figures come from one date. */
  said: string;
  /** "replaced by 3% by 2030 (10 Apr 2025)", or empty. */
  replaced: string;
}

const windowText = (w: { earliest: number; latest: number }) => `about ${w.earliest}–${w.latest}`;

/** Every figure shown, in the chart's order: each series' marks by time, then the demands. */
export function spendingRows(model: SpendingModel): SpendingRow[] {
  const gapText = (gaps: Gap[]) => gaps.map((g) => g.label).join('; ');
  const saidOf = (figureId: string) => {
    const said = model.said.get(figureId);
    return model.acrossDates && said ? formatDay(said.date) : '';
  };
  const marks = model.series.flatMap((s) =>
    s.marks.map((m) => ({
      figure: m.figure,
      who: m.actor.name,
      appliesTo: m.appliesTo?.name ?? '',
      status: figureStatusLabel[m.figure.status],
      unconfirmed: m.figure.machineDrafted === true,
      amount: markAmount(m.figure),
      when: m.time.window ? `${m.time.phrase} (${windowText(m.time.window)})` : m.time.phrase,
      gaps: gapText(model.gaps.filter((g) => g.mark === m)),
      said: m.said ? formatDay(m.said.date) : '',
      replaced: replacedText(m),
    })),
  );
  const demands = model.references.map((r) => ({
    figure: r.figure,
    who: r.actor.name,
    appliesTo: r.appliesTo?.name ?? '',
    status: figureStatusLabel[r.figure.status],
    unconfirmed: r.figure.machineDrafted === true,
    amount: markAmount(r.figure),
    when: r.figure.time?.phrase || 'no time given',
    gaps: '',
    said: saidOf(r.figure.id),
    replaced: '',
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
      metric: figure.metric,
      status: figure.status,
      confirmed: figure.machineDrafted ? 'no (machine-drafted)' : 'yes',
      value: figure.quantity.value,
      unit: figure.quantity.unit,
      currency: figure.quantity.currency ?? '',
      counted: figure.quantity.thing ?? '',
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
    'id', 'label', 'who', { key: 'appliesTo', header: 'applies to' }, 'metric', 'status', 'confirmed', 'value', 'unit', 'currency', 'counted',
    { key: 'timePhrase', header: 'time (article’s words)' }, 'year', 'earliest', 'latest',
    { key: 'timeNote', header: 'how the window was reasoned' }, { key: 'gapToDemand', header: 'gap to demand' },
    'quote', 'source', 'start', 'end',
  ]);
}

const unconfirmedNote = (figure: Figure) => (figure.machineDrafted ? ' (unconfirmed draft)' : '');

/** The chart in words, for screen readers. */
export function describeSpending(model: SpendingModel): string {
  const parts = [`${chartTitle(model.metric, model.scale)}, as the article gives it.`];
  for (const series of model.series) {
    const marks = series.marks.map((m) => {
      const window = m.time.window ? ` (${windowText(m.time.window)})` : '';
      const said = m.said ? `, said ${formatDay(m.said.date)}` : '';
      const replaced = m.replacedBy ? `, ${replacedText(m)}` : '';
      return `${figureStatusLabel[m.figure.status].toLowerCase()} ${markAmount(m.figure)} ${m.time.phrase}${window}${said}${replaced}${unconfirmedNote(m.figure)}`;
    });
    parts.push(`${series.label}: ${marks.join('; ')}.`);
  }
  for (const r of model.references)
    parts.push(`${r.actor.name} demands ${formatAmount(r.figure.quantity)}${r.appliesTo ? ` of ${r.appliesTo.name}` : ''}, drawn as a line across all years${unconfirmedNote(r.figure)}.`);
  for (const g of model.gaps) parts.push(`${g.mark.label}: ${g.label}.`);
  if (model.series.length && !model.series.some((s) => s.marks.some((m) => m.figure.status === 'current')))
    parts.push(`The article gives no current ${metricLabel(model.metric).toLowerCase()} figure${model.scales.length > 1 ? ' in this unit' : ''}.`);
  if (!model.series.length && !model.references.length) parts.push('No figure is shown for the chosen actors.');
  return parts.join(' ');
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The page's lede, from the data: "3 figures on defence spending from 2 actors: 1 pledged, …". */
export function spendingLede(model: SpendingModel): string {
  const { tally } = model;
  const statuses = tally.statuses.map((s) => `${s.count} ${figureStatusLabel[s.status].toLowerCase()}`).join(', ');
  const lede = `${counted(tally.figures, 'figure', 'figures')} on ${metricLabel(model.metric).toLowerCase()} from ${counted(tally.actors, 'actor', 'actors')}: ${statuses}.`;
  if (model.scales.length < 2) return lede;
  const units = model.scales.map((s) => `${s.count} ${unitPhrase(s)}`);
  return `${lede} They come in ${model.scales.length} units, each drawn on its own axis and never converted: ${units.slice(0, -1).join(', ')} and ${units.at(-1)}.`;
}

/** The figure's caption: how to read what is drawn, only as far as it is drawn. */
export function spendingCaption(model: SpendingModel): string {
  const marks = model.series.flatMap((s) => s.marks);
  const figures = [...marks.map((m) => m.figure), ...model.references.map((r) => r.figure)];
  const parts = ['Only figures the article gives are drawn, none converted to another unit or currency: an actor with no current figure has none.'];
  if (marks.some((m) => m.time.window)) parts.push('A soft-edged band is a time the text leaves vague, drawn as a window of years; open its mark for the reasoning.');
  if (marks.some((m) => m.replacedBy)) parts.push('A faded pledge or hope was replaced by a later one from the same actor, which a dotted arrow leads to.');
  if (figures.some((f) => f.machineDrafted)) parts.push('A dashed ring, or a dash-dot line, marks a figure drafted by machine that no person has confirmed yet.');
  return parts.join(' ');
}
