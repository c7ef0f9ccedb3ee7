/**
 * Scores a system's output against gold: precision and recall for actors, quotes with the right speaker,
 * figures, positions, and positions with the right stance or the right topic. Pure: text, gold and output in, counts out.
 *
 * - Actors match when one of the system actor's names equals one of the gold actor's names or aliases,
 *   compared loosely (case, a leading "the", possessive 's, punctuation). Each gold actor is matched to at
 *   most one system actor and the other way round (a maximum matching), so an actor split in two counts once
 *   found and once spurious.
 * - A quote is right when its spans overlap the gold quote's words and its speaker matches the gold speaker.
 * - A figure is right when its value (to one part in a million) and unit agree: the unit's kind and, for an
 *   amount of money, the ISO 4217 code. Time and status are not compared.
 * - A position is found when its actor matches the gold actor and its evidence overlaps the gold words;
 *   with the right stance, when the stance agrees as well; with the right topic, when its topic id is the
 *   gold's (both come from the codebook, data/codebook.json).
 *
 * For quotes, figures and positions an item counts for recall when some system item matches it, and for
 * precision when it matches some gold item, so a gold figure stated twice and found twice is not penalised.
 */
import { locate, type Gold, type GoldActor, type GoldQuote, type GoldUnit, type Range } from './gold';

export interface SystemActor {
  id: string;
  /** The name and every alias. */
  names: string[];
}
export interface SystemQuote {
  /** Actor id of the speaker, if any. */
  speaker?: string;
  spans: Range[];
}
export interface SystemFigure {
  value: number;
  /** Undefined when the unit is not one the gold knows. */
  unit?: GoldUnit;
  spans: Range[];
}
export interface SystemPosition {
  actor: string;
  stance: string;
  /** Codebook topic id. */
  topic: string;
  spans: Range[];
}
export interface SystemOutput {
  actors: SystemActor[];
  quotes: SystemQuote[];
  figures: SystemFigure[];
  positions: SystemPosition[];
}

export interface Score {
  /** Gold items found. */
  hits: number;
  gold: number;
  /** System items that are right. */
  correct: number;
  found: number;
}
export const categories = ['actors', 'quotes', 'figures', 'positions', 'stances', 'topics'] as const;
export type Category = (typeof categories)[number];
export type Scores = Record<Category, Score>;

/** Recall and precision of a score; undefined where there is nothing to divide by. */
export const recall = (s: Score) => (s.gold ? s.hits / s.gold : undefined);
export const precision = (s: Score) => (s.found ? s.correct / s.found : undefined);

export const normaliseName = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');

const overlaps = (a: Range[], b: Range[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

function rangesOf(text: string, exact: string, occurrence: number | undefined): Range[] {
  const range = locate(text, exact, occurrence);
  if (!range) throw new Error(`gold words not in the article: “${exact}”`);
  return [range];
}

function quoteRanges(text: string, quote: GoldQuote): Range[] {
  const ranges = rangesOf(text, quote.exact, quote.occurrence);
  for (const part of quote.continued ?? []) {
    const at = text.indexOf(part, ranges.at(-1)!.end);
    if (at < 0) throw new Error(`gold words not in the article after the quote: “${part}”`);
    ranges.push({ start: at, end: at + part.length });
  }
  return ranges;
}

/** The size of a maximum matching in a bipartite graph (Kuhn's augmenting paths; the graphs are small). */
export function maximumMatching(left: number, right: number, edge: (l: number, r: number) => boolean): number {
  const owner: (number | undefined)[] = new Array<number | undefined>(right).fill(undefined);
  const augment = (l: number, seen: boolean[]): boolean => {
    for (let r = 0; r < right; r++) {
      if (seen[r] || !edge(l, r)) continue;
      seen[r] = true;
      const current = owner[r];
      if (current === undefined || augment(current, seen)) {
        owner[r] = l;
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let l = 0; l < left; l++) if (augment(l, new Array<boolean>(right).fill(false))) size++;
  return size;
}

export const sameUnit = (a: GoldUnit, b: GoldUnit) =>
  a.kind === b.kind && (a.kind !== 'currency' || (b.kind === 'currency' && a.code.toUpperCase() === b.code.toUpperCase()));

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** Counts hits and correct items where any system item may match any gold item. */
function manyToMany<G, S>(gold: G[], system: S[], match: (g: G, s: S) => boolean): Score {
  return {
    hits: gold.filter((g) => system.some((s) => match(g, s))).length,
    gold: gold.length,
    correct: system.filter((s) => gold.some((g) => match(g, s))).length,
    found: system.length,
  };
}

export function scoreArticle(text: string, gold: Gold, output: SystemOutput): Scores {
  const goldNames = new Map(gold.actors.map((a: GoldActor) => [a.name, new Set([a.name, ...a.aliases].map(normaliseName))]));
  const systemNames = new Map(output.actors.map((a) => [a.id, new Set(a.names.map(normaliseName))]));
  const isActor = (goldName: string | undefined, systemId: string | undefined) => {
    const g = goldName === undefined ? undefined : goldNames.get(goldName);
    const s = systemId === undefined ? undefined : systemNames.get(systemId);
    return Boolean(g && s && [...s].some((name) => g.has(name)));
  };

  const matched = maximumMatching(gold.actors.length, output.actors.length, (g, s) => isActor(gold.actors[g]!.name, output.actors[s]!.id));
  const actors: Score = { hits: matched, gold: gold.actors.length, correct: matched, found: output.actors.length };

  const goldQuotes = gold.quotes.map((q) => ({ speaker: q.speaker, ranges: quoteRanges(text, q) }));
  const quotes = manyToMany(goldQuotes, output.quotes, (g, s) => overlaps(g.ranges, s.spans) && isActor(g.speaker, s.speaker));

  const figures = manyToMany(gold.figures, output.figures, (g, s) => s.unit !== undefined && sameValue(g.value, s.value) && sameUnit(g.unit, s.unit));

  const goldPositions = gold.positions.map((p) => ({ ...p, ranges: rangesOf(text, p.exact, p.occurrence) }));
  const found = (g: (typeof goldPositions)[number], s: SystemPosition) => isActor(g.actor, s.actor) && overlaps(g.ranges, s.spans);
  const positions = manyToMany(goldPositions, output.positions, found);
  const stances = manyToMany(goldPositions, output.positions, (g, s) => found(g, s) && g.stance === s.stance);
  const topics = manyToMany(goldPositions, output.positions, (g, s) => found(g, s) && g.topic === s.topic);

  return { actors, quotes, figures, positions, stances, topics };
}

/** Pooled over articles: every gold and system item counts once (micro-average). */
export function pool(all: Scores[]): Scores {
  const sum = (c: Category): Score =>
    all.reduce((t, s) => ({ hits: t.hits + s[c].hits, gold: t.gold + s[c].gold, correct: t.correct + s[c].correct, found: t.found + s[c].found }), {
      hits: 0,
      gold: 0,
      correct: 0,
      found: 0,
    });
  return Object.fromEntries(categories.map((c) => [c, sum(c)])) as Scores;
}
