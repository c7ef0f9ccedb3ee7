import { describe, expect, it } from 'vitest';
import { fromExtraction, goldUnitOf } from '../../src/eval/fromExtraction';
import { locate, type Gold } from '../../src/eval/gold';
import { maximumMatching, normaliseName, pool, precision, recall, scoreArticle, type SystemOutput } from '../../src/eval/match';
import { accuracySummary, formatTable } from '../../src/eval/report';
import { extractorAccuracySchema } from '../../src/model/extractorAccuracy';
import { miniDataset, miniText } from '../fixtures/miniDataset';

const text = 'Ana Ruiz, the defence minister, said: “We will spend 2% of GDP by 2030.” Spain wants €5bn. Ruiz opposed the fund.';
const at = (exact: string) => [locate(text, exact)!];

const gold: Gold = {
  style: 'wire',
  published: '2026-01-01',
  actors: [
    { name: 'Ana Ruiz', kind: 'person', aliases: ['Ana Ruiz', 'Ruiz', 'the defence minister'] },
    { name: 'Spain', kind: 'state', aliases: ['Spain'] },
  ],
  quotes: [{ speaker: 'Ana Ruiz', exact: 'We will spend 2% of GDP by 2030.' }],
  figures: [
    { exact: '2% of GDP', value: 2, unit: { kind: 'share-of-gdp' }, metric: 'defence-spending', time: { phrase: 'by 2030', year: 2030 }, status: 'pledged', actor: 'Ana Ruiz' },
    { exact: '€5bn', value: 5e9, unit: { kind: 'currency', code: 'EUR' }, metric: 'money', status: 'demanded', actor: 'Spain' },
  ],
  positions: [
    { actor: 'Ana Ruiz', topic: 'defence-fund', stance: 'opposes', exact: 'Ruiz opposed the fund.' },
    { actor: 'Spain', topic: 'defence-fund', stance: 'supports', exact: 'Spain wants €5bn.' },
  ],
};

const output: SystemOutput = {
  // Ana Ruiz split in two, and a spurious actor; Spain missed.
  actors: [
    { id: 'a', names: ['Ruiz'] },
    { id: 'b', names: ['ana ruiz’s'] },
    { id: 'c', names: ['Madrid'] },
  ],
  quotes: [
    { speaker: 'b', spans: at('We will spend') },
    { speaker: 'c', spans: at('2% of GDP by 2030') },
    { spans: at('opposed') },
  ],
  figures: [
    { value: 2, unit: { kind: 'share-of-gdp' }, spans: at('2%') },
    { value: 5e9, unit: { kind: 'currency', code: 'USD' }, spans: at('€5bn') },
    { value: 2, unit: { kind: 'percent' }, spans: at('2%') },
    { value: 5000000000.000001, unit: { kind: 'currency', code: 'eur' }, spans: at('€5bn') },
    { value: 7, spans: at('€5bn') },
  ],
  positions: [
    { actor: 'a', stance: 'supports', topic: 'defence-fund', spans: at('opposed the fund') },
    { actor: 'c', stance: 'supports', topic: 'defence-fund', spans: at('Spain wants') },
  ],
};

describe('scoreArticle', () => {
  const scores = scoreArticle(text, gold, output);

  it('matches actors one to one by any name, so a split actor counts once found and once spurious', () => {
    expect(scores.actors).toEqual({ hits: 1, gold: 2, correct: 1, found: 3 });
    expect(recall(scores.actors)).toBe(0.5);
    expect(precision(scores.actors)).toBeCloseTo(1 / 3);
  });

  it('counts a quote right only when it overlaps the gold words and its speaker is the gold speaker', () => {
    expect(scores.quotes).toEqual({ hits: 1, gold: 1, correct: 1, found: 3 });
  });

  it('matches figures by value and unit, with the currency code, whatever their words', () => {
    expect(scores.figures).toEqual({ hits: 2, gold: 2, correct: 2, found: 5 });
  });

  it('finds a position by actor and overlapping evidence, and scores its stance apart', () => {
    expect(scores.positions).toEqual({ hits: 1, gold: 2, correct: 1, found: 2 });
    expect(scores.stances).toEqual({ hits: 0, gold: 2, correct: 0, found: 2 });
  });

  it('scores a found position’s codebook topic apart from its stance', () => {
    expect(scores.topics).toEqual({ hits: 1, gold: 2, correct: 1, found: 2 });
    const elsewhere: SystemOutput = { ...output, positions: output.positions.map((p) => ({ ...p, topic: 'sanctions' })) };
    expect(scoreArticle(text, gold, elsewhere).topics).toEqual({ hits: 0, gold: 2, correct: 0, found: 2 });
  });

  it('finds a gold quote by any of its parts', () => {
    const split: Gold = { ...gold, quotes: [{ speaker: 'Ana Ruiz', exact: 'We will spend', continued: ['by 2030'] }] };
    const late: SystemOutput = { ...output, quotes: [{ speaker: 'a', spans: at('by 2030') }] };
    expect(scoreArticle(text, split, late).quotes).toEqual({ hits: 1, gold: 1, correct: 1, found: 1 });
  });

  it('scores an empty output as nothing found, with no precision to speak of', () => {
    const none = scoreArticle(text, gold, { actors: [], quotes: [], figures: [], positions: [] });
    expect(recall(none.figures)).toBe(0);
    expect(precision(none.figures)).toBeUndefined();
  });

  it('refuses gold whose words are not in the text', () => {
    expect(() => scoreArticle(text, { ...gold, quotes: [{ speaker: 'Ana Ruiz', exact: 'not said' }] }, output)).toThrow(/not said/);
  });
});

describe('pool', () => {
  it('adds the counts of every article, so a large article weighs more', () => {
    const one = scoreArticle(text, gold, output);
    const perfect = scoreArticle(text, { ...gold, actors: [gold.actors[0]!] }, { ...output, actors: [{ id: 'a', names: ['Ana Ruiz'] }] });
    const pooled = pool([one, perfect]);
    expect(pooled.actors).toEqual({ hits: 2, gold: 3, correct: 2, found: 4 });
    expect(recall(pooled.actors)).toBeCloseTo(2 / 3);
  });

  it('is summed up for the method page in the shape data/extractor-accuracy.json is checked against', () => {
    const one = scoreArticle(text, gold, output);
    const perfect = scoreArticle(text, { ...gold, actors: [gold.actors[0]!] }, { ...output, actors: [{ id: 'a', names: ['Ana Ruiz'] }] });
    const summary = accuracySummary([{ article: 'a', scores: one }, { article: 'b', scores: perfect }], pool([one, perfect]), new Date('2026-03-04T10:00:00Z'));
    expect(extractorAccuracySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({ measured: '2026-03-04', articles: 2 });
    expect(summary.categories.find((c) => c.id === 'actors')).toMatchObject({ hits: 2, gold: 3, found: 4 });
    expect(summary.categories.find((c) => c.id === 'actors')!.recall).toBeCloseTo(2 / 3);
  });
});

describe('maximumMatching', () => {
  it('finds the largest matching where taking the first edge greedily would not', () => {
    const edges = new Set(['0-0', '0-1', '1-0']);
    expect(maximumMatching(2, 2, (l, r) => edges.has(`${l}-${r}`))).toBe(2);
    expect(maximumMatching(3, 1, () => true)).toBe(1);
    expect(maximumMatching(0, 4, () => true)).toBe(0);
  });
});

describe('normaliseName', () => {
  it('ignores case, a leading "the", possessives of either apostrophe and punctuation', () => {
    expect(normaliseName('The Netherlands')).toBe(normaliseName('netherlands'));
    expect(normaliseName('Germany’s')).toBe('germany');
    expect(normaliseName("Germany's")).toBe('germany');
    expect(normaliseName('U.S.')).toBe('us');
    expect(normaliseName('Marie-Claude Bernier')).toBe('marie-claude bernier');
  });
});

describe('goldUnitOf', () => {
  it('writes each unit of the dataset contract as the gold does', () => {
    expect(goldUnitOf({ unit: 'share-of-gdp', value: 3.5 })).toEqual({ kind: 'share-of-gdp' });
    expect(goldUnitOf({ unit: 'percent', value: 25 })).toEqual({ kind: 'percent' });
    expect(goldUnitOf({ unit: 'money', value: 2.2e9, currency: 'GBP' })).toEqual({ kind: 'currency', code: 'GBP' });
    expect(goldUnitOf({ unit: 'count', value: 71_000, thing: 'troops' })).toEqual({ kind: 'count', thing: 'troops' });
  });
});

describe('fromExtraction', () => {
  it('takes actors with their aliases, quotes, figures and positions, naming "none" as no clear position', () => {
    const dataset = miniDataset();
    dataset.positions[0]!.stance = 'none';
    const system = fromExtraction({ dataset, texts: { story: miniText }, quotes: [{ speaker: 'alice', spans: dataset.positions[0]!.evidence }], drafts: {}, warnings: [], capped: [] });
    expect(system.actors.length).toBe(dataset.actors.length);
    expect(system.actors[0]!.names).toEqual([dataset.actors[0]!.name, ...dataset.actors[0]!.aliases]);
    expect(system.quotes).toEqual([{ speaker: 'alice', spans: dataset.positions[0]!.evidence }]);
    expect(system.figures[0]).toMatchObject({ value: 5, unit: { kind: 'currency', code: 'USD' } });
    expect(system.positions.map((p) => p.stance)).toEqual(['no-clear-position', ...dataset.positions.slice(1).map((p) => p.stance)]);
  });
});

describe('formatTable', () => {
  it('prints recall and precision per article and pooled, with a dash where nothing was found', () => {
    const scores = scoreArticle(text, gold, output);
    const empty = scoreArticle(text, gold, { actors: [], quotes: [], figures: [], positions: [] });
    const table = formatTable(
      [
        { article: 'one', scores },
        { article: 'empty', scores: empty },
      ],
      pool([scores, empty]),
    );
    const rows = table.split('\n');
    expect(rows.find((r) => r.startsWith('one'))!.split(/\s+/).slice(1)).toEqual(['50%', '33%', '100%', '33%', '100%', '40%', '50%', '50%', '0%', '0%', '50%', '50%']);
    expect(rows.find((r) => r.startsWith('empty'))!.split(/\s+/).slice(1, 3)).toEqual(['0%', '—']);
    expect(rows.find((r) => r.startsWith('overall'))!.split(/\s+/).slice(1, 3)).toEqual(['25%', '33%']);
    expect(table).toContain('actors: 1/4 gold found, 1/3 found right');
  });
});
