import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/indexDataset';
import { summariseDataset } from '../../src/model/overview';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

describe('summariseDataset', () => {
  const summary = summariseDataset(indexDataset(miniDataset(), miniTexts));
  it('counts each collection', () => {
    expect(summary.counts.find((c) => c.label === 'positions')?.count).toBe(7);
    expect(summary.counts.find((c) => c.label === 'actors')?.count).toBe(4);
  });
  it('tallies each topic by the actors’ lead stances, one vote per actor', () => {
    const treaty = summary.topics.find((t) => t.topic.id === 'treaty')!;
    expect(treaty.actorCount).toBe(3);
    expect(treaty.tally).toEqual([
      { stance: 'supports', count: 1 },
      { stance: 'opposes', count: 1 },
      { stance: 'conditional', count: 1 },
    ]);
    // Bob has two positions on the fund but counts once.
    expect(summary.topics.find((t) => t.topic.id === 'fund')!.tally).toEqual([{ stance: 'supports', count: 2 }]);
  });
});
