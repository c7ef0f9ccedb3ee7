/**
 * Scoring the figure recognisers against the corpus gold. Quantities by value and unit: the value (or a range's upper
 * end) equal, the same unit kind, the same currency code, and for counts the same head noun ("more
 * skilled workers" and "workers" agree). Recall counts gold figures found at their own words; precision
 * counts recognised quantities that equal some gold figure of the article, since the gold annotates a
 * figure once and the text may restate it. Times and statuses are scored at the gold figure's own words,
 * so that they are judged apart from the quantity recogniser.
 */
import { findTimes, timeOfFigure } from '../extract/figureTimes';
import { statusOfFigure } from '../extract/figureStatus';
import { findQuantities } from '../extract/quantities';
import type { Gold, GoldFigure, GoldUnit, Range } from './gold';
import { locate } from './gold';

export interface Recognised {
  value: number;
  upper?: number;
  unit: GoldUnit;
  span: Range;
}

const head = (thing: string) =>
  thing
    .toLowerCase()
    .split(/\s+/)
    .pop()!
    .replace(/(?<=[^s])s$/, '');

const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;

export function sameQuantity(found: Recognised, gold: GoldFigure): boolean {
  if (!sameValue(found.value, gold.value) && !(found.upper !== undefined && sameValue(found.upper, gold.value))) return false;
  if (found.unit.kind !== gold.unit.kind) return false;
  if (found.unit.kind === 'currency' && gold.unit.kind === 'currency') return found.unit.code === gold.unit.code;
  if (found.unit.kind === 'count' && gold.unit.kind === 'count') return head(found.unit.thing) === head(gold.unit.thing);
  return true;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

export interface QuantityScore {
  gold: number;
  found: number;
  /** Gold figures matched at their own words. */
  recalled: number;
  /** Recognised quantities that equal a gold figure of the article. */
  correct: number;
  missed: GoldFigure[];
  wrong: Recognised[];
}

export function scoreQuantities(text: string, gold: readonly GoldFigure[], found: readonly Recognised[]): QuantityScore {
  const missed = gold.filter((g) => {
    const at = locate(text, g.exact, g.occurrence);
    return !at || !found.some((f) => overlaps(f.span, at) && sameQuantity(f, g));
  });
  const wrong = found.filter((f) => !gold.some((g) => sameQuantity(f, g)));
  return { gold: gold.length, found: found.length, recalled: gold.length - missed.length, correct: found.length - wrong.length, missed, wrong };
}

export interface TimeScore {
  /** Gold figures that have a time. */
  gold: number;
  /** Gold figures given a time by the recogniser. */
  found: number;
  /** Times whose phrase agrees with the gold phrase, and whose year agrees where the gold gives one. */
  correct: number;
}

const norm = (s: string) => s.toLowerCase().trim();

export function scoreTimes(text: string, gold: Gold): TimeScore {
  const times = findTimes(text, gold.published);
  const quantities = findQuantities(text).map((q) => q.span);
  const score: TimeScore = { gold: 0, found: 0, correct: 0 };
  for (const figure of gold.figures) {
    const at = locate(text, figure.exact, figure.occurrence);
    if (!at) continue;
    const others = quantities.filter((q) => !overlaps(q, at));
    const time = timeOfFigure(text, at, times, others);
    if (figure.time) score.gold++;
    if (time) score.found++;
    const phraseAgrees = time && figure.time && (norm(time.phrase).includes(norm(figure.time.phrase)) || norm(figure.time.phrase).includes(norm(time.phrase)));
    if (phraseAgrees && (figure.time!.year === undefined || figure.time!.year === time!.year)) score.correct++;
  }
  return score;
}

/** Gold figures whose status the cue rules read right, out of all gold figures. */
export function scoreStatuses(text: string, gold: Gold): { gold: number; correct: number } {
  let correct = 0;
  for (const figure of gold.figures) {
    const at = locate(text, figure.exact, figure.occurrence);
    if (at && statusOfFigure(text, at).status === figure.status) correct++;
  }
  return { gold: gold.figures.length, correct };
}
