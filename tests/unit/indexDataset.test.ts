import { describe, expect, it } from 'vitest';
import { cellPositions, indexDataset } from '../../src/model/indexDataset';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

const dataset = miniDataset();
const index = indexDataset(dataset, miniTexts);

describe('indexDataset', () => {
  it('groups positions by actor, and by actor then topic, in dataset order', () => {
    for (const actor of dataset.actors) {
      const own = dataset.positions.filter((p) => p.actor === actor.id);
      expect(index.positionsByActor.get(actor.id) ?? []).toEqual(own);
      for (const topic of dataset.topics) expect(cellPositions(index, actor.id, topic.id)).toEqual(own.filter((p) => p.topic === topic.id));
    }
  });

  it('finds every position by id, building the map once', () => {
    for (const position of dataset.positions) expect(index.positions.get(position.id)).toBe(position);
    expect(index.positions).toBe(index.positions);
    expect(index.positions.size).toBe(dataset.positions.length);
  });

  it('gives an empty cell one shared array that cannot be changed', () => {
    const empty = cellPositions(index, 'nobody', 'fund');
    expect(empty).toEqual([]);
    expect(cellPositions(index, 'alice', 'no-such-topic')).toBe(empty);
    expect(Object.isFrozen(empty)).toBe(true);
  });
});
