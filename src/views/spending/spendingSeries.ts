import { formatAmount } from '../../model/figureFormat';
import type { DatasetIndex } from '../../model/indexDataset';
import type { Actor, Figure } from '../../model/schema';

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

/** A spending figure drawn as a point (current, pledged, aspiration, claimed). */
export interface SpendingMark {
  figure: Figure;
  actor: Actor;
  appliesTo?: Actor;
  time: TimePlacement;
  /** Short direct label, e.g. "2.5% by 2027". */
  label: string;
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
  /** "Keir Starmer for United Kingdom". */
  label: string;
  /** Index in the dataset's list of actors with figures, so colours stay put when filtering. */
  colorIndex: number;
  marks: SpendingMark[];
  segments: Segment[];
}

/** How far a figure is from a demand, in percentage points (positive: short of it). */
export interface Gap {
  mark: SpendingMark;
  reference: ReferenceLine;
  points: number;
  /** "2.5 points short of 5%". */
  label: string;
  /** "−2.5 pts", for narrow charts. */
  shortLabel: string;
}

export interface SpendingModel {
  /** Actors with spending figures, in dataset order: the choices of the actor filter. */
  actors: Actor[];
  series: SpendingSeries[];
  references: ReferenceLine[];
  gaps: Gap[];
  /** When the article was published, as a year. */
  published: Year;
  xDomain: [Year, Year];
  yMax: number;
}

const isSpending = (f: Figure) => f.metric === 'defence-spending' && f.quantity.unit === 'share-of-gdp';

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

const points = (n: number) => Math.round(n * 100) / 100;

/** How far each figure is from each demand. */
export function gapsToDemands(marks: readonly SpendingMark[], references: readonly ReferenceLine[]): Gap[] {
  return references.flatMap((reference) =>
    marks.map((mark) => {
      const gap = points(reference.figure.quantity.value - mark.figure.quantity.value);
      const demand = formatAmount(reference.figure.quantity);
      const size = formatAmount({ unit: 'share-of-gdp', value: Math.abs(gap) }).replace('%', '');
      const word = Math.abs(gap) === 1 ? 'point' : 'points';
      const label = gap === 0 ? `Meets the ${demand}` : `${size} ${word} ${gap > 0 ? 'short of' : 'above'} ${demand}`;
      const shortLabel = gap === 0 ? '= demand' : `${gap > 0 ? '−' : '+'}${size} pts`;
      return { mark, reference, points: gap, label, shortLabel };
    }),
  );
}

/** Everything the timeline draws, for the chosen actors (none chosen: all). */
export function selectSpending(index: DatasetIndex, chosen: readonly string[] = []): SpendingModel {
  const { dataset } = index;
  const published = dateToYear(dataset.sources[0]?.published.date ?? '2025-01-01');
  const figures = dataset.figures.filter(isSpending);
  const actors = [...new Set(figures.map((f) => f.actor))].flatMap((id) => index.actors.get(id) ?? []);
  const shown = figures.filter((f) => !chosen.length || chosen.includes(f.actor));
  const appliesTo = (f: Figure) => (f.appliesTo ? index.actors.get(f.appliesTo) : undefined);

  const references: ReferenceLine[] = shown
    .filter((f) => f.status === 'demanded')
    .map((figure) => ({ figure, actor: index.actors.get(figure.actor)!, appliesTo: appliesTo(figure), label: `${formatAmount(figure.quantity)}: ${figure.label}` }));

  const series: SpendingSeries[] = actors.flatMap((actor, colorIndex) => {
    const own = shown.filter((f) => f.actor === actor.id && f.status !== 'demanded');
    if (!own.length) return [];
    const marks = own
      .map((figure) => {
        const time = placeInTime(figure, published);
        return { figure, actor, appliesTo: appliesTo(figure), time, label: `${formatAmount(figure.quantity)} ${time.phrase}` };
      })
      .sort((a, b) => a.time.x - b.time.x);
    const subjects = [...new Set(marks.flatMap((m) => (m.appliesTo ? [m.appliesTo.name] : [])))];
    return [{ actor, label: subjects.length ? `${actor.name} for ${subjects.join(', ')}` : actor.name, colorIndex, marks, segments: seriesSegments(marks, published) }];
  });

  const allMarks = series.flatMap((s) => s.marks);
  const years = [published, ...allMarks.flatMap((m) => (m.time.window ? [m.time.window.earliest, m.time.window.latest] : [m.time.x]))];
  const values = [...allMarks, ...references].map((m) => m.figure.quantity.value);
  return {
    actors,
    series,
    references,
    gaps: gapsToDemands(allMarks, references),
    published,
    xDomain: [year(Math.floor(Math.min(...years)) - 1), year(Math.ceil(Math.max(...years)) + 1)],
    yMax: Math.max(1, Math.ceil(Math.max(0, ...values) * 1.15)),
  };
}
