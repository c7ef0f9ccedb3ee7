import type { Actor, Dataset, Deal, DealTerm, Figure, Position, Relation, StanceEvent, Topic } from './schema';

/** A dataset with Maps by id and the lookups every view needs, built once per dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  actors: Map<string, Actor>;
  topics: Map<string, Topic>;
  readonly positions: Map<string, Position>;
  figures: Map<string, Figure>;
  deals: Map<string, Deal>;
  dealTerms: Map<string, DealTerm>;
  events: Map<string, StanceEvent>;
  relations: Map<string, Relation>;
  /** Positions by actor, in dataset order. */
  positionsByActor: Map<string, Position[]>;
  /** Positions by actor, then by topic, in dataset order: the cells of the matrix (see {@link cellPositions}). */
  cellsByActor: Map<string, Map<string, Position[]>>;
  texts: Map<string, string>;
}

/** The key of a matrix cell where one string is needed (the URL's `cell=actor~topic`, a React key). */
export const cellKey = (actorId: string, topicId: string) => `${actorId}~${topicId}`;

const NO_POSITIONS: readonly Position[] = Object.freeze([]);

/** The positions of one actor on one topic, in dataset order; an empty array when there are none. */
export function cellPositions(index: DatasetIndex, actorId: string, topicId: string): readonly Position[] {
  return index.cellsByActor.get(actorId)?.get(topicId) ?? NO_POSITIONS;
}

// A plain loop: an index is built on every import, and `new Map(items.map(...))` would make an entry
// array per item only to throw it away.
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

function pushTo<T>(groups: Map<string, T[]>, key: string, item: T) {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

export function indexDataset(dataset: Dataset, texts: ReadonlyMap<string, string>): DatasetIndex {
  let positionsById: Map<string, Position> | undefined;
  const positionsByActor = new Map<string, Position[]>();
  const cellsByActor = new Map<string, Map<string, Position[]>>();
  for (const position of dataset.positions) {
    pushTo(positionsByActor, position.actor, position);
    let cells = cellsByActor.get(position.actor);
    if (!cells) cellsByActor.set(position.actor, (cells = new Map()));
    pushTo(cells, position.topic, position);
  }
  return {
    dataset,
    actors: byId(dataset.actors),
    topics: byId(dataset.topics),
    // Built when first asked for: only a position's conditions and the article's passages look positions up
    // by id, so most imports never need it.
    get positions() {
      return (positionsById ??= byId(dataset.positions));
    },
    figures: byId(dataset.figures),
    deals: byId(dataset.deals),
    dealTerms: byId(dataset.dealTerms),
    events: byId(dataset.events),
    relations: byId(dataset.relations),
    positionsByActor,
    cellsByActor,
    texts: new Map(texts),
  };
}
