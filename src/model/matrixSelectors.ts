import { cellPositions, type DatasetIndex } from './indexDataset';
import type { Actor, Position, Stance, Topic } from './schema';
import { certaintyRank } from './vocabulary';

export const sortKeys = ['positions', 'name', 'agreement'] as const;
export type SortKey = (typeof sortKeys)[number];

/** Which actors, topics and stances the matrix shows, and in what order. */
export interface MatrixFilter {
  /** Actor ids to show; empty means all. */
  actors: string[];
  /** Topic ids to show; empty means all. */
  topics: string[];
  /** Stances to show; empty means all. */
  stances: Stance[];
  hideHistorical: boolean;
  sort: SortKey;
  /** The actor that "agreement" sorting compares with. */
  sortActor: string | null;
}

export interface MatrixView {
  rows: Actor[];
  columns: Topic[];
  /**
   * The positions shown in a cell (after the stance filter), or undefined for an empty one. Found when
   * asked, so a filter change costs the cells drawn rather than every cell; a cell the filter leaves
   * whole is the same array each time, so what draws it can tell it has not changed.
   */
  cell: (actorId: string, topicId: string) => Position[] | undefined;
  /** Number of positions shown. */
  positionCount: number;
}

/** The position that speaks for a cell: the most firmly stated one, first in the data on a tie. */
export function leadPosition(positions: readonly Position[]): Position | undefined {
  return positions.reduce<Position | undefined>(
    (best, p) => (!best || certaintyRank[p.certainty] < certaintyRank[best.certainty] ? p : best),
    undefined,
  );
}

export interface Agreement {
  /** Topics where both actors have a recorded position. */
  shared: string[];
  agree: string[];
  disagree: string[];
  /** agree / shared, or null when they share no topic. */
  score: number | null;
}

/**
 * Two actors agree on a topic when the lead positions of their cells have the same stance.
 * The score is the share of topics, among those where both have a position, on which they agree.
 */
export function agreementBetween(index: DatasetIndex, a: string, b: string, topicIds?: readonly string[]): Agreement {
  const topics = topicIds ?? [...index.topics.keys()];
  const agree: string[] = [];
  const disagree: string[] = [];
  for (const topic of topics) {
    const left = leadPosition(cellPositions(index, a, topic));
    const right = leadPosition(cellPositions(index, b, topic));
    if (!left || !right) continue;
    (left.stance === right.stance ? agree : disagree).push(topic);
  }
  const shared = [...agree, ...disagree];
  return { shared, agree, disagree, score: shared.length ? agree.length / shared.length : null };
}

// One collator for every comparison: `localeCompare` builds one per call.
const collator = new Intl.Collator();
const byName = (a: Actor, b: Actor) => collator.compare(a.name, b.name);

function sortRows(index: DatasetIndex, rows: Actor[], state: MatrixFilter, counts: Map<string, number>, topicIds: string[]): Actor[] {
  if (state.sort === 'name') return [...rows].sort(byName);
  const anchor = state.sort === 'agreement' ? state.sortActor : null;
  // Keys are worked out once per row, not in every comparison.
  const keyed = rows.map((actor) => ({
    actor,
    count: counts.get(actor.id) ?? 0,
    score: !anchor ? 0 : actor.id === anchor ? Infinity : agreementBetween(index, anchor, actor.id, topicIds).score ?? -1,
  }));
  keyed.sort((a, b) => b.score - a.score || b.count - a.count || byName(a.actor, b.actor));
  return keyed.map((k) => k.actor);
}

/**
 * Rows, columns and cells of the matrix for a filter state. It counts each shown actor's positions once
 * rather than visiting every actor × topic pair, and builds no cell until one is asked for.
 */
export function selectMatrix(index: DatasetIndex, state: MatrixFilter): MatrixView {
  const { actors, topics } = index.dataset;
  const actorFilter = new Set(state.actors);
  const topicFilter = new Set(state.topics);
  const stanceFilter = new Set<Stance>(state.stances);
  const shows = (p: Position) => !stanceFilter.size || stanceFilter.has(p.stance);
  let rows = actors.filter((a) => (!actorFilter.size || actorFilter.has(a.id)) && !(state.hideHistorical && a.historical));
  let columns = topics.filter((t) => !topicFilter.size || topicFilter.has(t.id));
  const shownTopics = new Set(columns.map((t) => t.id));

  const counts = new Map<string, number>();
  const topicsWithCells = new Set<string>();
  let positionCount = 0;
  // Cell by cell: a topic is looked up once per cell, and a cell's positions are only read under a stance filter.
  for (const actor of rows) {
    let count = 0;
    for (const [topic, positions] of index.cellsByActor.get(actor.id) ?? []) {
      if (topicFilter.size && !shownTopics.has(topic)) continue;
      let shown = positions.length;
      if (stanceFilter.size) {
        shown = 0;
        for (const p of positions) if (stanceFilter.has(p.stance)) shown++;
      }
      if (shown) topicsWithCells.add(topic);
      count += shown;
    }
    counts.set(actor.id, count);
    positionCount += count;
  }

  // A stance filter asks "who holds this stance, on what": rows and columns with no such cell go.
  if (stanceFilter.size) {
    rows = rows.filter((a) => (counts.get(a.id) ?? 0) > 0);
    columns = columns.filter((t) => topicsWithCells.has(t.id));
  }
  const cell = (actorId: string, topicId: string) => {
    const all = shownTopics.has(topicId) ? index.cellsByActor.get(actorId)?.get(topicId) : undefined;
    if (!all || !stanceFilter.size) return all;
    const shown = all.filter(shows);
    return shown.length === all.length ? all : shown.length ? shown : undefined;
  };
  const topicIds = columns.map((t) => t.id);
  return { rows: sortRows(index, rows, state, counts, topicIds), columns, cell, positionCount };
}
