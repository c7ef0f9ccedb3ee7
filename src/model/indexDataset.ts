import type { Actor, Dataset, Deal, DealTerm, Figure, Position, Relation, StanceEvent, Topic } from './schema';

/** A dataset with Maps by id and the lookups every view needs, built once per dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  actors: Map<string, Actor>;
  topics: Map<string, Topic>;
  positions: Map<string, Position>;
  figures: Map<string, Figure>;
  deals: Map<string, Deal>;
  dealTerms: Map<string, DealTerm>;
  events: Map<string, StanceEvent>;
  relations: Map<string, Relation>;
  /** Positions by `cellKey(actor, topic)`, in dataset order. */
  positionsByCell: Map<string, Position[]>;
  positionsByActor: Map<string, Position[]>;
  /** Positions by actor, then by topic: the cells of the matrix, without building a key per lookup. */
  cellsByActor: Map<string, Map<string, Position[]>>;
  texts: Map<string, string>;
}

export const cellKey = (actorId: string, topicId: string) => `${actorId}~${topicId}`;

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function indexDataset(dataset: Dataset, texts: ReadonlyMap<string, string>): DatasetIndex {
  const positionsByActor = groupBy(dataset.positions, (p) => p.actor);
  return {
    dataset,
    actors: byId(dataset.actors),
    topics: byId(dataset.topics),
    positions: byId(dataset.positions),
    figures: byId(dataset.figures),
    deals: byId(dataset.deals),
    dealTerms: byId(dataset.dealTerms),
    events: byId(dataset.events),
    relations: byId(dataset.relations),
    positionsByCell: groupBy(dataset.positions, (p) => cellKey(p.actor, p.topic)),
    positionsByActor,
    cellsByActor: new Map([...positionsByActor].map(([actor, positions]) => [actor, groupBy(positions, (p) => p.topic)])),
    texts: new Map(texts),
  };
}
