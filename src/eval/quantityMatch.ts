/**
 * Scoring recognised quantities against the corpus gold by value and unit: the value (or a range's upper
 * end) equal, the same unit kind, the same currency code, and for counts the same head noun ("more
 * skilled workers" and "workers" agree). Recall counts gold figures found at their own words; precision
 * counts recognised quantities that equal some gold figure of the article, since the gold annotates a
 * figure once and the text may restate it.
 */
import type { GoldFigure, GoldUnit, Range } from './gold';
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
