import type { DatasetIndex } from './indexDataset';
import type { Topic } from './schema';

export interface DatasetSummary {
  counts: { label: string; count: number }[];
  topics: { topic: Topic; actorCount: number }[];
}

/** Counts for the overview, and how many actors take a position on each topic. */
export function summariseDataset(index: DatasetIndex): DatasetSummary {
  const d = index.dataset;
  const actorsByTopic = new Map<string, Set<string>>();
  for (const p of d.positions) {
    const actors = actorsByTopic.get(p.topic) ?? new Set<string>();
    actors.add(p.actor);
    actorsByTopic.set(p.topic, actors);
  }
  return {
    counts: [
      { label: 'actors', count: d.actors.length },
      { label: 'topics', count: d.topics.length },
      { label: 'positions', count: d.positions.length },
      { label: 'figures', count: d.figures.length },
      { label: 'deal terms', count: d.dealTerms.length },
      { label: 'events', count: d.events.length },
      { label: 'relations', count: d.relations.length },
    ],
    topics: d.topics.map((topic) => ({ topic, actorCount: actorsByTopic.get(topic.id)?.size ?? 0 })),
  };
}
