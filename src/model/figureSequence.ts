/**
 * Figures across articles: when each figure was said (its source's publication date), and which later
 * pledge or hope replaces which earlier one, so "2.5% by 2027" then "3.5% by 2035" read as a sequence.
 */
import type { Dataset, Figure, Source } from './schema';

/** When a figure was said: the publication date of the earliest source that gives it. */
export interface FigureSaid {
  date: string;
  source: Source;
}

/** An earlier figure and the figures of the next later date that replace it. */
export interface Replacement {
  /** The replacing figures, all said on `date`. */
  by: Figure[];
  date: string;
}

export interface FigureSequence {
  said: Map<string, FigureSaid>;
  replacedBy: Map<string, Replacement>;
  /** More than one publication date among the figures' sources: only then is "when said" worth showing. */
  acrossDates: boolean;
}

/** Only figures that look ahead are replaced by a newer one; a current figure or a demand stands as said. */
const replaceable = new Set<Figure['status']>(['pledged', 'aspiration']);

/** Same actor, for the same one, on the same metric, in the same unit (and currency or thing), with the same status. */
function sequenceKey(figure: Figure): string {
  const q = figure.quantity;
  return [figure.actor, figure.appliesTo ?? '', figure.metric, q.unit, q.currency ?? '', q.thing ?? '', figure.status].join('\u0000');
}

/** The date each figure was said, from its sources. Figures whose sources are all unknown are left out. */
export function figureSaidDates(dataset: Dataset): Map<string, FigureSaid> {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const said = new Map<string, FigureSaid>();
  for (const figure of dataset.figures) {
    for (const span of figure.evidence) {
      const source = sources.get(span.source);
      if (!source) continue;
      const best = said.get(figure.id);
      if (!best || source.published.date < best.date) said.set(figure.id, { date: source.published.date, source });
    }
  }
  return said;
}

/** The same amount for the same time: a later article that gives it again reports the pledge, not a new one. */
const restatementKey = (figure: Figure) => JSON.stringify([figure.quantity.value, figure.time?.year, figure.time?.earliest, figure.time?.latest]);

/**
 * Which figure replaces which: within one actor's pledges (or hopes) on one metric in one unit, each
 * pledge is replaced by the different ones first said on the next later date. A pledge given again later
 * (same amount, same time) is the same pledge reported again, and shares its fate. Figures first said on
 * the same date stand side by side (an article may give staged targets), so a single-article dataset has
 * no replacements.
 */
export function figureSequence(dataset: Dataset): FigureSequence {
  const said = figureSaidDates(dataset);
  const groups = new Map<string, { figure: Figure; date: string }[]>();
  for (const figure of dataset.figures) {
    const when = said.get(figure.id);
    if (!when || !replaceable.has(figure.status)) continue;
    const key = sequenceKey(figure);
    groups.set(key, [...(groups.get(key) ?? []), { figure, date: when.date }]);
  }
  const replacedBy = new Map<string, Replacement>();
  for (const group of groups.values()) {
    const firstSaid = new Map<string, string>();
    for (const { figure, date } of group) {
      const key = restatementKey(figure);
      const known = firstSaid.get(key);
      if (!known || date < known) firstSaid.set(key, date);
    }
    const pledgeDate = (figure: Figure) => firstSaid.get(restatementKey(figure))!;
    const dates = [...new Set(firstSaid.values())].sort();
    for (const { figure } of group) {
      const next = dates[dates.indexOf(pledgeDate(figure)) + 1];
      if (next) replacedBy.set(figure.id, { by: group.filter((g) => pledgeDate(g.figure) === next && g.date === next).map((g) => g.figure), date: next });
    }
  }
  return { said, replacedBy, acrossDates: new Set([...said.values()].map((s) => s.date)).size > 1 };
}
