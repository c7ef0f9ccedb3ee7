import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusTopics, goldProblems, goldSchema } from '../../src/eval/gold';

const dir = 'tests/fixtures/corpus';
const heldOutDir = 'tests/fixtures/heldout';
const articlesIn = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
const articles = articlesIn(dir);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the development corpus as a whole', () => {
  it('holds at least 12 articles, each with a gold file, in at least six styles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    const styles = new Set(articles.map((name) => goldSchema.parse(JSON.parse(readFileSync(`${dir}/${name}.gold.json`, 'utf8'))).style));
    expect(styles.size).toBeGreaterThanOrEqual(6);
  });

  it('documents every codebook topic in its README', () => {
    const readme = readFileSync(`${dir}/README.md`, 'utf8');
    for (const id of Object.keys(corpusTopics)) expect(readme, id).toContain(`\`${id}\``);
  });

});

describe.each([
  ['the development corpus', dir],
  ['the held-out set', heldOutDir],
])('%s', (_set, folder) => {
  describe.each(articlesIn(folder))('%s', (name) => {
    const text = readFileSync(`${folder}/${name}.txt`, 'utf8');
    const parsed = goldSchema.safeParse(JSON.parse(readFileSync(`${folder}/${name}.gold.json`, 'utf8')));

    it('is plain text of 300 to 900 words', () => {
      expect(text).not.toMatch(/\r/);
      expect(words(text)).toBeGreaterThanOrEqual(300);
      expect(words(text)).toBeLessThanOrEqual(900);
    });

    it('has gold that parses', () => {
      expect(parsed.error?.issues ?? []).toEqual([]);
    });

    it('has gold whose words are all in the article and whose names all refer to gold actors', () => {
      expect(parsed.success && goldProblems(parsed.data, text)).toEqual([]);
    });

    it('annotates actors, quotes, figures and positions', () => {
      const gold = parsed.data!;
      expect(gold.actors.length).toBeGreaterThanOrEqual(5);
      expect(gold.quotes.length).toBeGreaterThanOrEqual(2);
      expect(gold.figures.length).toBeGreaterThanOrEqual(3);
      expect(gold.positions.length).toBeGreaterThanOrEqual(4);
    });
  });
});
