import { describe, expect, it } from 'vitest';
import { figureSaidDates, figureSequence } from '../../src/model/figureSequence';
import type { Dataset, Figure } from '../../src/model/schema';
import { miniDataset, quote } from '../fixtures/miniDataset';

/** The mini story told in three articles: the same text, published on three dates. */
function threeArticles(figures: Figure[]): Dataset {
  const dataset = miniDataset();
  const first = dataset.sources[0]!;
  dataset.sources = [
    { ...first, id: 'feb', published: { date: '2025-02-26', inferred: false } },
    { ...first, id: 'apr', published: { date: '2025-04-10', inferred: false } },
    { ...first, id: 'jun', published: { date: '2025-06-25', inferred: false } },
  ];
  dataset.figures = figures;
  return dataset;
}

const from = (...sources: string[]) => sources.map((source) => ({ ...quote('Alice'), source }));
const pledge = (id: string, value: number, year: number, sources: string[], over: Partial<Figure> = {}): Figure => ({
  id,
  actor: 'alice',
  metric: 'defence-spending',
  label: `${value}% by ${year}`,
  quantity: { unit: 'share-of-gdp', value },
  time: { year, phrase: `by ${year}` },
  status: 'pledged',
  evidence: from(...sources),
  ...over,
});

describe('figureSequence', () => {
  it('dates each figure by the earliest source that gives it', () => {
    const said = figureSaidDates(threeArticles([pledge('a', 2.5, 2027, ['apr', 'feb'])]));
    expect(said.get('a')).toMatchObject({ date: '2025-02-26', source: { id: 'feb' } });
  });

  it('replaces each pledge by the same actor’s pledges of the next later date, so three pledges read as a chain', () => {
    const { replacedBy, acrossDates } = figureSequence(
      threeArticles([pledge('a', 2.5, 2027, ['feb']), pledge('b', 3, 2030, ['apr']), pledge('c', 3.5, 2035, ['jun']), pledge('d', 1.5, 2035, ['jun'])]),
    );
    expect(acrossDates).toBe(true);
    expect(replacedBy.get('a')).toMatchObject({ date: '2025-04-10', by: [{ id: 'b' }] });
    expect(replacedBy.get('b')).toMatchObject({ date: '2025-06-25', by: [{ id: 'c' }, { id: 'd' }] });
    expect(replacedBy.has('c')).toBe(false);
    expect(replacedBy.has('d')).toBe(false);
  });

  it('never replaces across actors, units, metrics, statuses, or figures said the same day', () => {
    const { replacedBy } = figureSequence(
      threeArticles([
        pledge('a', 2.5, 2027, ['feb']),
        pledge('staged', 2, 2026, ['feb']),
        pledge('bob', 3, 2030, ['apr'], { actor: 'bob' }),
        pledge('money', 90, 2030, ['apr'], { quantity: { unit: 'money', value: 90, currency: 'EUR' } }),
        pledge('other-metric', 3, 2030, ['apr'], { metric: 'aid' }),
        pledge('hope', 4, 2035, ['jun'], { status: 'aspiration' }),
        pledge('current', 2, 2025, ['jun'], { status: 'current' }),
      ]),
    );
    expect([...replacedBy.keys()]).toEqual([]);
  });

  it('finds no sequence in a single-article dataset', () => {
    const dataset = miniDataset();
    dataset.figures = [pledge('a', 2.5, 2027, ['story']), pledge('b', 3, 2030, ['story'])];
    const sequence = figureSequence(dataset);
    expect(sequence.acrossDates).toBe(false);
    expect(sequence.replacedBy.size).toBe(0);
  });
});
