import { cellKey, type DatasetIndex } from './indexDataset';
import type { MatrixState } from './matrixState';
import type { Actor, Position, Stance, Topic } from './schema';
import { certaintyRank } from './vocabulary';

export interface MatrixView {
  rows: Actor[];
  columns: Topic[];
  /** Positions shown in each cell (after the stance filter), by `cellKey`. */
  cells: Map<string, Position[]>;
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
    const left = leadPosition(index.positionsByCell.get(cellKey(a, topic)) ?? []);
    const right = leadPosition(index.positionsByCell.get(cellKey(b, topic)) ?? []);
    if (!left || !right) continue;
    (left.stance === right.stance ? agree : disagree).push(topic);
  }
  const shared = [...agree, ...disagree];
  return { shared, agree, disagree, score: shared.length ? agree.length / shared.length : null };
}

const byName = (a: Actor, b: Actor) => a.name.localeCompare(b.name);

function sortRows(index: DatasetIndex, rows: Actor[], state: MatrixState, cells: Map<string, Position[]>, topicIds: string[]): Actor[] {
  const count = (actor: Actor) => topicIds.reduce((n, topic) => n + (cells.get(cellKey(actor.id, topic))?.length ?? 0), 0);
  if (state.sort === 'name') return [...rows].sort(byName);
  if (state.sort === 'agreement' && state.sortActor) {
    const anchor = state.sortActor;
    const score = new Map(rows.map((actor) => [actor.id, actor.id === anchor ? Infinity : agreementBetween(index, anchor, actor.id, topicIds).score ?? -1]));
    return [...rows].sort((a, b) => (score.get(b.id) ?? -1) - (score.get(a.id) ?? -1) || count(b) - count(a) || byName(a, b));
  }
  const counts = new Map(rows.map((actor) => [actor.id, count(actor)]));
  return [...rows].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || byName(a, b));
}

/** Rows, columns and cells of the matrix for a filter state. */
export function selectMatrix(index: DatasetIndex, state: MatrixState): MatrixView {
  const { actors, topics } = index.dataset;
  const actorFilter = new Set(state.actors);
  const topicFilter = new Set(state.topics);
  const stanceFilter = new Set<Stance>(state.stances);
  let rows = actors.filter((a) => (!actorFilter.size || actorFilter.has(a.id)) && !(state.hideHistorical && a.historical));
  let columns = topics.filter((t) => !topicFilter.size || topicFilter.has(t.id));

  const cells = new Map<string, Position[]>();
  for (const actor of rows)
    for (const topic of columns) {
      const shown = (index.positionsByCell.get(cellKey(actor.id, topic.id)) ?? []).filter(
        (p) => !stanceFilter.size || stanceFilter.has(p.stance),
      );
      if (shown.length) cells.set(cellKey(actor.id, topic.id), shown);
    }

  // A stance filter asks "who holds this stance, on what": rows and columns with no such cell go.
  if (stanceFilter.size) {
    rows = rows.filter((a) => columns.some((t) => cells.has(cellKey(a.id, t.id))));
    columns = columns.filter((t) => rows.some((a) => cells.has(cellKey(a.id, t.id))));
  }
  const topicIds = columns.map((t) => t.id);
  let positionCount = 0;
  for (const shown of cells.values()) positionCount += shown.length;
  return { rows: sortRows(index, rows, state, cells, topicIds), columns, cells, positionCount };
}
