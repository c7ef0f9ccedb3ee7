import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../src/cli/gen-synthetic';
import { validateDataset } from '../../src/model/validate';

const small = { actors: 12, topics: 5, positions: 300, seed: 7 };

describe('generateSynthetic', () => {
  it('writes a dataset that passes the schema and every integrity check against its own text', () => {
    const { dataset, text } = generateSynthetic(small);
    const result = validateDataset(dataset, new Map([['article', text]]));
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
  });

  it('holds the numbers of actors, topics and positions asked for', () => {
    const { dataset } = generateSynthetic(small);
    expect([dataset.actors.length, dataset.topics.length, dataset.positions.length]).toEqual([12, 5, 300]);
  });

  it('gives the same bytes for the same seed and different data for another', () => {
    const a = JSON.stringify(generateSynthetic(small));
    expect(JSON.stringify(generateSynthetic(small))).toBe(a);
    expect(JSON.stringify(generateSynthetic({ ...small, seed: 8 }))).not.toBe(a);
  });

  it('quotes each position with a sentence naming its actor', () => {
    const { dataset } = generateSynthetic(small);
    const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
    for (const position of dataset.positions) expect(position.evidence[0]!.exact).toContain(names.get(position.actor));
  });
});
