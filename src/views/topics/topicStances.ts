import { stances } from '../../model/codes';
import type { DatasetIndex } from '../../model/indexDataset';
import type { Position, Stance, Topic } from '../../model/schema';

export interface StanceGroup {
  stance: Stance;
  positions: Position[];
}

/** Every position on a topic, grouped by stance in the legend's order; empty groups are left out. */
export function topicStances(index: DatasetIndex, id: string): { topic: Topic; groups: StanceGroup[]; actorCount: number } | undefined {
  const topic = index.topics.get(id);
  if (!topic) return undefined;
  const onTopic = index.dataset.positions.filter((p) => p.topic === id);
  const groups = stances
    .map((stance) => ({ stance, positions: onTopic.filter((p) => p.stance === stance) }))
    .filter((g) => g.positions.length > 0);
  return { topic, groups, actorCount: new Set(onTopic.map((p) => p.actor)).size };
}
