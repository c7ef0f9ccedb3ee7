import { scaleLinear } from 'd3-scale';
import { formatAmount, formatQuantity } from '../../model/figureFormat';
import { formatDay } from '../../model/formatDay';
import type { DatasetIndex } from '../../model/indexDataset';
import { figureStatuses } from '../../model/codes';
import { figureSequence, type FigureSaid } from '../../model/figureSequence';
import type { Actor, Figure, FigureStatus } from '../../model/schema';
import { metricsWithFigures, scaleKeyOf, scalesOf, tickFormat, type FigureScale } from './figureScales';

/** Years as a continuous number: 2025.15 is late February 2025. */
export type Year = number & { readonly __year: true };
const year = (n: number) => n as Year;

/** Where a figure sits in time. */
export interface TimePlacement {
  /** Where the mark is drawn: the year, or the middle of a window. */
  x: Year;
  /** The span of years when the text's time is vague ("after the next general election"). */
  window: { earliest: Year; latest: Year } | null;
  /** The text's own words for the time, or a note that it gives none. */
  phrase: string;
  /** How a window was reasoned. */
  note?: string;
  /** False when the text gives no time and the mark is put at the article's date. */
  stated: boolean;
}

/** A figure drawn as a point (current, pledged, aspiration, claimed). */
export interface SpendingMark {
  figure: Figure;
  actor: Actor;
  appliesTo?: Actor;
  time: TimePlacement;
  /** Short direct label, e.g. "2.5% by 2027". */
  label: string;
  /** When it was said; only when the dataset's figures come from more than one date. */
  said?: FigureSaid;
  /** The later figures (of those shown) that replace it, and when they were said. */
  replacedBy?: { marks: SpendingMark[]; date: string };
}

/** A demand made of others, drawn as a labelled line across the whole time axis. */
export interface ReferenceLine {
  figure: Figure;
  actor: Actor;
  appliesTo?: Actor;
  label: string;
}

/** A stretch of a series' line; dashed when it leads to a pledge or hope rather than joining facts. */
export interface Segment {
  from: { x: Year; value: number };
  to: { x: Year; value: number };
  dashed: boolean;
}

export interface SpendingSeries {
  actor: Actor;
  /** The actor's name, with whom its figures are for: "Liis Tamm for Estonia". */
  label: string;
  /** Index in the dataset's list of actors with figures, so colours stay put when filtering. */
  colorIndex: number;
  marks: SpendingMark[];
  segments: Segment[];
}

/**
 * How far a figure is from a demand in the same unit (positive: short of it): percentage points for shares
 * and percentages, the amount itself for money and counts.
 */
export interface Gap {
  mark: SpendingMark;
  reference: ReferenceLine;
  difference: number;
  /** "2.5 points short of 5%", "£20 million short of £60 million". */
  label: string;
  /** "−2.5 pts", "−£20M", for narrow charts. */
  shortLabel: string;
}

/** What the page shows: one metric's figures in one unit (the URL may ask for either; else the defaults). */
export interface SpendingSelection {
  metric?: string | null;
  /** A scale key (see figureScales.ts). */
  unit?: string | null;
  /** Actors whose figures are shown; empty means all. */
  actors?: readonly string[];
}

export interface SpendingModel {
  /** The metric drawn, and every metric with figures (the choices of the metric picker). */
  metric: string;
  metrics: { id: string; label: string; count: number }[];
  /** The unit drawn, and every unit the metric's figures come in (the choices of the unit picker). */
  scale: FigureScale;
  scales: FigureScale[];
  /** The metric's figures in every unit: how many, from how many actors, and how many of each status. */
  tally: { figures: number; actors: number; statuses: { status: FigureStatus; count: number }[] };
  /** Actors with figures of this metric in this unit, in dataset order: the choices of the actor filter. */
  actors: Actor[];
  series: SpendingSeries[];
  references: ReferenceLine[];
  gaps: Gap[];
  /** When the (first) article was published, as a year. */
  published: Year;
  /** The figures come from articles of more than one date. */
  acrossDates: boolean;
  /** When each figure was said (its earliest source's date). */
  said: Map<string, FigureSaid>;
  xDomain: [Year, Year];
  yMax: number;
}

/** The metric shown when the URL names none: defence spending where there is any (the view began as that), else the first with figures. */
export function defaultMetric(figures: readonly Figure[]): string | null {
  const present = metricsWithFigures(figures);
  return (present.find((m) => m.id === 'defence-spending') ?? present[0])?.id ?? null;
}

/** A date "YYYY-MM-DD" as a fractional year. */
export function dateToYear(date: string): Year {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000;
  return year(y + dayOfYear / 365);
}

/** Places a figure on the time axis: its year, a window when the text is vague, or the article's date. */
export function placeInTime(figure: Figure, published: Year): TimePlacement {
  const time = figure.time;
  const note = time?.note;
  if (time?.year !== undefined) return { x: year(time.year), window: null, phrase: time.phrase, note, stated: true };
  if (time?.earliest !== undefined && time.latest !== undefined) {
    const window = { earliest: year(time.earliest), latest: year(time.latest) };
    return { x: year((time.earliest + time.latest) / 2), window, phrase: time.phrase, note, stated: true };
  }
  // One bound only ("after 2029", "until 2030"): the bound is the one year the text gives.
  const bound = time?.earliest ?? time?.latest;
  if (bound !== undefined) return { x: year(bound), window: null, phrase: time!.phrase, note, stated: true };
  return { x: published, window: null, phrase: time?.phrase || 'no time given', note, stated: false };
}

/** The line of one actor's figures: dashed into every pledge or hope, solid between current figures. */
export function seriesSegments(marks: readonly SpendingMark[], published: Year): Segment[] {
  const segments: Segment[] = [];
  marks.forEach((mark, i) => {
    const value = mark.figure.quantity.value;
    const to = { x: mark.time.window?.earliest ?? mark.time.x, value };
    const previous = marks[i - 1];
    if (previous) {
      const from = { x: previous.time.window?.latest ?? previous.time.x, value: previous.figure.quantity.value };
      segments.push({ from, to, dashed: !(previous.figure.status === 'current' && mark.figure.status === 'current') });
    } else if (mark.figure.status === 'pledged' && to.x > published) {
      // A first pledge has nothing to start from: a dashed leader runs from the announcement to the target.
      segments.push({ from: { x: published, value }, to, dashed: true });
    }
  });
  return segments;
}

/** A mark's amount as its label gives it: the unit is on the axis, but a count says what it counts ("40 observers"). */
export const markAmount = (figure: Figure) => (figure.quantity.unit === 'count' ? formatQuantity(figure.quantity) : formatAmount(figure.quantity));

/** "replaced by 3% by 2030 (10 Apr 2025)"; short: "replaced 10 Apr 2025". Empty when nothing later replaces the mark. */
export function replacedText(mark: SpendingMark, short = false): string {
  if (!mark.replacedBy) return '';
  const day = formatDay(mark.replacedBy.date);
  return short ? `replaced ${day}` : `replaced by ${mark.replacedBy.marks.map((m) => m.label).join(' and ')} (${day})`;
}

/** Rounds away float noise (5 − 4.7 is 0.2999…) at a precision fitting the size of the values. */
function roundLike(n: number, scale: number): number {
  const exponent = Math.floor(Math.log10(Math.max(Math.abs(scale), 1e-9))) - 4;
  // Dividing by a whole power of ten, never multiplying by a fraction, keeps the result free of new noise.
  return exponent >= 0 ? Math.round(n / 10 ** exponent) * 10 ** exponent : Math.round(n * 10 ** -exponent) / 10 ** -exponent;
}

/** How far each figure is from each demand; only ever within one unit, as the chart draws one at a time. */
export function gapsToDemands(marks: readonly SpendingMark[], references: readonly ReferenceLine[]): Gap[] {
  // A demand made again (in a later article, or twice in one) is measured against once.
  const demandKey = (r: ReferenceLine) => JSON.stringify([r.actor.id, r.appliesTo?.id, r.figure.quantity]);
  const distinct = references.filter((r, i) => references.findIndex((other) => demandKey(other) === demandKey(r)) === i);
  return distinct.flatMap((reference) =>
    marks.map((mark) => {
      const demanded = reference.figure.quantity;
      const gap = roundLike(demanded.value - mark.figure.quantity.value, demanded.value);
      const demand = formatAmount(demanded);
      const inPoints = demanded.unit === 'share-of-gdp' || demanded.unit === 'percent';
      const difference = { ...demanded, value: Math.abs(gap) };
      const size = inPoints ? formatAmount(difference).replace('%', '') : formatAmount(difference);
      const amount = inPoints ? `${size} ${Math.abs(gap) === 1 ? 'point' : 'points'}` : size;
      const label = gap === 0 ? `Meets the ${demand}` : `${amount} ${gap > 0 ? 'short of' : 'above'} ${demand}`;
      const shortSize = inPoints ? `${size} pts` : tickFormat({ key: '', count: 0, ...difference })(difference.value);
      const shortLabel = gap === 0 ? '= demand' : `${gap > 0 ? '−' : '+'}${shortSize}`;
      return { mark, reference, difference: gap, label, shortLabel };
    }),
  );
}

/** The top of the y axis: whole percentages for shares (as before), a round number for money and counts. */
function yTop(scale: FigureScale, values: number[]): number {
  const max = Math.max(0, ...values);
  if (scale.unit === 'share-of-gdp' || scale.unit === 'percent') return Math.max(1, Math.ceil(max * 1.15));
  return max > 0 ? scaleLinear().domain([0, max * 1.15]).nice().domain()[1]! : 1;
}

/**
 * Everything the timeline draws: the chosen metric's figures in the chosen unit, of the chosen actors (none
 * chosen: all). A metric or unit the data lacks falls back to the default. Null when the dataset has no figures.
 */
export function selectSpending(index: DatasetIndex, selection: SpendingSelection = {}): SpendingModel | null {
  const { dataset } = index;
  const chosen = selection.actors ?? [];
  const metrics = metricsWithFigures(dataset.figures);
  const metric = metrics.find((m) => m.id === selection.metric)?.id ?? defaultMetric(dataset.figures);
  if (metric === null) return null;
  const scales = scalesOf(dataset.figures, metric);
  const scale = scales.find((s) => s.key === selection.unit) ?? scales[0]!;
  const published = dateToYear(dataset.sources[0]?.published.date ?? '2025-01-01');
  const ofMetric = dataset.figures.filter((f) => f.metric === metric);
  const figures = ofMetric.filter((f) => scaleKeyOf(f.quantity) === scale.key);
  const tally = {
    figures: ofMetric.length,
    actors: new Set(ofMetric.map((f) => f.actor)).size,
    statuses: figureStatuses.map((status) => ({ status, count: ofMetric.filter((f) => f.status === status).length })).filter((s) => s.count > 0),
  };
  const actors = [...new Set(figures.map((f) => f.actor))].flatMap((id) => index.actors.get(id) ?? []);
  const shown = figures.filter((f) => !chosen.length || chosen.includes(f.actor));
  const appliesTo = (f: Figure) => (f.appliesTo ? index.actors.get(f.appliesTo) : undefined);
  const sequence = figureSequence(dataset);

  const references: ReferenceLine[] = shown
    .filter((f) => f.status === 'demanded')
    .map((figure) => ({ figure, actor: index.actors.get(figure.actor)!, appliesTo: appliesTo(figure), label: `${formatAmount(figure.quantity)}: ${figure.label}` }));

  const series: SpendingSeries[] = actors.flatMap((actor, colorIndex) => {
    const own = shown.filter((f) => f.actor === actor.id && f.status !== 'demanded');
    if (!own.length) return [];
    const marks = own
      .map((figure) => {
        const time = placeInTime(figure, published);
        // A figure with no time given sits at the article's date; its label says only the amount.
        const said = sequence.acrossDates ? sequence.said.get(figure.id) : undefined;
        const mark: SpendingMark = { figure, actor, appliesTo: appliesTo(figure), time, label: time.stated ? `${markAmount(figure)} ${time.phrase}` : markAmount(figure) };
        return said ? { ...mark, said } : mark;
      })
      .sort((a, b) => a.time.x - b.time.x);
    for (const mark of marks) {
      const replacement = sequence.replacedBy.get(mark.figure.id);
      const by = marks.filter((m) => replacement?.by.includes(m.figure));
      if (replacement && by.length) mark.replacedBy = { marks: by, date: replacement.date };
    }
    const subjects = [...new Set(marks.flatMap((m) => (m.appliesTo ? [m.appliesTo.name] : [])))];
    return [{ actor, label: subjects.length ? `${actor.name} for ${subjects.join(', ')}` : actor.name, colorIndex, marks, segments: seriesSegments(marks.filter((m) => !m.replacedBy), published) }];
  });

  const allMarks = series.flatMap((s) => s.marks);
  const years = [published, ...allMarks.flatMap((m) => (m.time.window ? [m.time.window.earliest, m.time.window.latest] : [m.time.x]))];
  const values = [...allMarks, ...references].map((m) => m.figure.quantity.value);
  return {
    metric,
    metrics,
    scale,
    scales,
    tally,
    actors,
    series,
    references,
    gaps: gapsToDemands(allMarks, references),
    published,
    acrossDates: sequence.acrossDates,
    said: sequence.said,
    xDomain: [year(Math.floor(Math.min(...years)) - 1), year(Math.ceil(Math.max(...years)) + 1)],
    yMax: yTop(scale, values),
  };
}
