/**
 * A story over time: each actor's statements on each topic in date order, the change between one
 * statement and the next, and the positions as they stood on a given date.
 */
import { stanceLean } from './codes';
import { cellKey, type DatasetIndex } from './indexDataset';
import type { Dataset, Position, Source, Span, Stance } from './schema';

export type Change = 'same' | 'shifted' | 'reversed';
export const changes: readonly Change[] = ['same', 'shifted', 'reversed'];

/** A position placed in time. */
export interface Statement {
  position: Position;
  /** YYYY-MM-DD: the day the text states it was said, else the publication date of its earliest source. */
  date: string;
  /** Whether `date` is a day the text states (an event on that day whose sentence holds the words). */
  stated: boolean;
  /** The source and passage that date it. */
  source: Source;
  span: Span;
}

/** One statement and the next in a track, and how the stance changed between them. */
export interface Step {
  from: Statement;
  to: Statement;
  change: Change;
}

export interface Track {
  actor: string;
  topic: string;
  statements: Statement[];
  steps: Step[];
}

/** A reversal moves between a positive and a negative lean; any other change of stance is a shift. */
export function changeBetween(from: Stance, to: Stance): Change {
  if (from === to) return 'same';
  return stanceLean[from] * stanceLean[to] < 0 ? 'reversed' : 'shifted';
}

/** The sources' publication dates, earliest first, each once. */
export const sourceDates = (index: DatasetIndex): string[] => [...new Set(index.dataset.sources.map((s) => s.published.date))].sort();

/**
 * Days the text states, by source: for each event dated to the day (not from outside knowledge), the
 * passages it covers. A statement inside one of them was made that day.
 */
function statedDays(index: DatasetIndex) {
  const bySource = new Map<string, { start: number; end: number; date: string }[]>();
  for (const event of index.dataset.events) {
    if (event.date.precision !== 'day' || event.date.derivation === 'outside-knowledge') continue;
    for (const span of event.evidence) {
      const list = bySource.get(span.source) ?? [];
      list.push({ start: span.start, end: span.end, date: event.date.value });
      bySource.set(span.source, list);
    }
  }
  return bySource;
}

/** Every position placed in time, in date order (dataset order on the same day); positions whose sources are unknown are left out. */
export function datedStatements(index: DatasetIndex): Statement[] {
  const sources = new Map(index.dataset.sources.map((s) => [s.id, s]));
  const stated = statedDays(index);
  const statements: Statement[] = [];
  for (const position of index.dataset.positions) {
    let best: Statement | undefined;
    for (const span of position.evidence) {
      const source = sources.get(span.source);
      if (!source) continue;
      const day = stated.get(span.source)?.find((d) => d.start <= span.start && span.end <= d.end && d.date <= source.published.date);
      const candidate = { position, date: day?.date ?? source.published.date, stated: day !== undefined, source, span };
      if (!best || candidate.date < best.date) best = candidate;
    }
    if (best) statements.push(best);
  }
  // A stable sort keeps dataset order within a day.
  return statements.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** One track per actor × topic with a statement, in the dataset's order of actors, then of topics. */
export function buildTracks(index: DatasetIndex, statements = datedStatements(index)): Track[] {
  const byCell = new Map<string, Statement[]>();
  for (const statement of statements) {
    const key = cellKey(statement.position.actor, statement.position.topic);
    const list = byCell.get(key);
    if (list) list.push(statement);
    else byCell.set(key, [statement]);
  }
  const tracks: Track[] = [];
  for (const actor of index.dataset.actors)
    for (const topic of index.dataset.topics) {
      const list = byCell.get(cellKey(actor.id, topic.id));
      if (!list) continue;
      const steps = list.slice(1).map((to, i) => ({ from: list[i]!, to, change: changeBetween(list[i]!.position.stance, to.position.stance) }));
      tracks.push({ actor: actor.id, topic: topic.id, statements: list, steps });
    }
  return tracks;
}

/** The latest statement per matrix cell (by cellKey) made on or before `date`. */
export function positionsAsOf(statements: readonly Statement[], date: string): Map<string, Statement> {
  const latest = new Map<string, Statement>();
  // Statements come in date order, so the last one seen for a cell is its latest.
  for (const statement of statements) {
    if (statement.date > date) break;
    latest.set(cellKey(statement.position.actor, statement.position.topic), statement);
  }
  return latest;
}

/** How a cell's latest position as of one date differs from the one as of an earlier date. */
export type CellChange = 'new' | Change;

/**
 * Cells (by cellKey) whose latest stance as of `date` differs from the one as of `since`: `new` where there
 * was none then, else shifted or reversed. Cells that stayed the same are left out.
 */
export function changedSince(statements: readonly Statement[], date: string, since: string): Map<string, CellChange> {
  const before = positionsAsOf(statements, since);
  const changed = new Map<string, CellChange>();
  for (const [key, statement] of positionsAsOf(statements, date)) {
    const earlier = before.get(key);
    const change = earlier ? changeBetween(earlier.position.stance, statement.position.stance) : 'new';
    if (change !== 'same') changed.set(key, change);
  }
  return changed;
}

/**
 * The dataset as it stood on `date`: in each actor × topic cell, only the positions of its latest statement
 * day on or before then (several when one day gave several). Other items are kept as they are.
 */
export function datasetAsOf(index: DatasetIndex, statements: readonly Statement[], date: string): Dataset {
  const latestDay = new Map<string, string>();
  for (const s of statements) if (s.date <= date) latestDay.set(cellKey(s.position.actor, s.position.topic), s.date);
  const kept = new Set(statements.filter((s) => s.date === latestDay.get(cellKey(s.position.actor, s.position.topic))).map((s) => s.position));
  return { ...index.dataset, positions: index.dataset.positions.filter((p) => kept.has(p)) };
}
