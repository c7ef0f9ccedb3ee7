import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../src/extract/extractDataset';
import type { Dataset } from '../../src/model/schema';
import { goldFromDataset, percent, scoreExtraction, type Gold } from '../fixtures/articles/score';

const read = (path: string) => readFileSync(path, 'utf8');

const articles: { name: string; text: string; gold: Gold }[] = [
  (() => {
    const text = read('data/article.txt');
    return { name: 'data/article.txt (curated dataset)', text, gold: goldFromDataset(JSON.parse(read('data/article.json')) as Dataset, text) };
  })(),
  ...['arctic-defence', 'port-tariffs'].map((name) => ({
    name: `tests/fixtures/articles/${name}.txt`,
    text: read(`tests/fixtures/articles/${name}.txt`),
    gold: JSON.parse(read(`tests/fixtures/articles/${name}.gold.json`)) as Gold,
  })),
];

describe('extraction recall and precision against gold', () => {
  const results = articles.map(({ name, text, gold }) => ({
    name,
    score: scoreExtraction(extractDataset(text, { published: gold.published }), gold, text),
  }));

  it('prints its figures', () => {
    for (const { name, score } of results) {
      console.log(`\n${name}`);
      for (const [what, s] of Object.entries(score))
        console.log(`  ${what.padEnd(8)} recall ${percent(s.recall).padStart(6)} (${s.correct}/${s.gold})  precision ${percent(s.precision).padStart(6)} (of ${s.found} found)`);
    }
    expect(results).toHaveLength(3);
  });

  it('on our article, finds at least 95% of figures, 90% of quotes with the right speaker and 90% of actors', () => {
    const { score } = results[0]!;
    expect(score.figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.quotes.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.actors.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('on articles it was not built on, still finds most actors, quotes and figures', () => {
    for (const { score } of results.slice(1)) {
      expect(score.actors.recall).toBeGreaterThanOrEqual(0.7);
      expect(score.quotes.recall).toBeGreaterThanOrEqual(0.7);
      expect(score.figures.recall).toBeGreaterThanOrEqual(0.5);
    }
  });
});
