import { describe, expect, it } from 'vitest';
import { figureSaidDates, figureSequence } from '../../src/model/figureSequence';
import { indexDataset } from '../../src/model/indexDataset';
import { layoutSpending } from '../../src/views/spending/spendingLayout';
import { describeSpending, spendingRows } from '../../src/views/spending/spendingRows';
import { replacedText, selectSpending } from '../../src/views/spending/spendingSeries';
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

  it('takes a pledge given again in a later article as the same pledge reported, replaced by what is new', () => {
    const { replacedBy } = figureSequence(threeArticles([pledge('a', 2.5, 2027, ['feb']), pledge('again', 2.5, 2027, ['apr']), pledge('b', 3, 2030, ['apr'])]));
    expect(replacedBy.get('a')).toMatchObject({ date: '2025-04-10', by: [{ id: 'b' }] });
    expect(replacedBy.get('again')).toMatchObject({ date: '2025-04-10', by: [{ id: 'b' }] });
    expect(replacedBy.has('b')).toBe(false);
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

describe('the Figures view over several articles', () => {
  const dataset = threeArticles([pledge('a', 2.5, 2027, ['feb']), pledge('b', 3, 2030, ['apr']), pledge('c', 3.5, 2035, ['jun'])]);
  const model = selectSpending(indexDataset(dataset, new Map()))!;
  const marks = model.series[0]!.marks;

  it('draws each pledge at the year it targets, says when it was said, and which later one replaces it', () => {
    expect(marks.map((m) => [m.time.x, m.said?.date, replacedText(m)])).toEqual([
      [2027, '2025-02-26', 'replaced by 3% by 2030 (10 Apr 2025)'],
      [2030, '2025-04-10', 'replaced by 3.5% by 2035 (25 Jun 2025)'],
      [2035, '2025-06-25', ''],
    ]);
  });

  it('runs the series line only to the standing pledge, and a connector from each replaced one to its successor', () => {
    expect(model.series[0]!.segments).toHaveLength(1);
    expect(model.series[0]!.segments[0]!.to).toEqual({ x: 2035, value: 3.5 });
    const layout = layoutSpending(model, 720);
    expect(layout.connectors.map((c) => c.key)).toEqual(['a-b', 'b-c']);
    expect(layout.marks[0]!.label.lines.join(' ')).toContain('replaced by 3% by 2030 (10 Apr 2025)');
    expect(layoutSpending(model, 360).marks[0]!.label.lines.join(' ')).toContain('replaced 10 Apr 2025');
  });

  it('gives the same in the table and in words', () => {
    expect(spendingRows(model).map((r) => [r.amount, r.said, r.replaced])).toEqual([
      ['2.5%', '26 Feb 2025', 'replaced by 3% by 2030 (10 Apr 2025)'],
      ['3%', '10 Apr 2025', 'replaced by 3.5% by 2035 (25 Jun 2025)'],
      ['3.5%', '25 Jun 2025', ''],
    ]);
    expect(describeSpending(model)).toContain('pledged 2.5% by 2027, said 26 Feb 2025, replaced by 3% by 2030 (10 Apr 2025)');
  });

  it('measures a figure once against a demand made again in a later article', () => {
    const demand = (id: string, source: string) => pledge(id, 5, 2035, [source], { actor: 'bob', status: 'demanded', time: undefined });
    const again = selectSpending(indexDataset(threeArticles([pledge('a', 2.5, 2027, ['feb']), demand('d1', 'feb'), demand('d2', 'jun')]), new Map()))!;
    expect(again.references).toHaveLength(2);
    expect(again.gaps.map((g) => g.label)).toEqual(['2.5 points short of 5%']);
  });

  it('leaves a single-article dataset as it was: no dates said, nothing replaced, no connectors', () => {
    const single = miniDataset();
    single.figures = [pledge('a', 2.5, 2027, ['story']), pledge('b', 3, 2030, ['story'])];
    const one = selectSpending(indexDataset(single, new Map()))!;
    expect(spendingRows(one).map((r) => [r.said, r.replaced])).toEqual([['', ''], ['', '']]);
    expect(layoutSpending(one, 720).connectors).toEqual([]);
    expect(one.series[0]!.segments).toHaveLength(2);
  });
});
