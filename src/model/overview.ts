import { stances } from './codes';
import { cellPositions, type DatasetIndex } from './indexDataset';
import { leadPosition } from './matrixSelectors';
import { readingCount } from './reading';
import type { Stance, Topic } from './schema';

export interface DatasetSummary {
  /** What the dataset holds; for positions and relations, also how many of them are our reading of the words. */
  counts: { label: string; count: number; inferred?: number }[];
  /** Per topic: how many actors hold each stance (by their cell's lead position), in stance order. */
  topics: { topic: Topic; actorCount: number; tally: { stance: Stance; count: number }[] }[];
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
      { label: 'positions', count: d.positions.length, inferred: readingCount(d.positions).inferred },
      { label: 'figures', count: d.figures.length },
      { label: 'deal terms', count: d.dealTerms.length },
      { label: 'events', count: d.events.length },
      { label: 'relations', count: d.relations.length, inferred: readingCount(d.relations).inferred },
    ],
    topics: d.topics.map((topic) => {
      const actors = [...(actorsByTopic.get(topic.id) ?? [])];
      const leads = actors.map((actor) => leadPosition(cellPositions(index, actor, topic.id))?.stance);
      const tally = stances
        .map((stance) => ({ stance, count: leads.filter((s) => s === stance).length }))
        .filter(({ count }) => count > 0);
      return { topic, actorCount: actors.length, tally };
    }),
  };
}
