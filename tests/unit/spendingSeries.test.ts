import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinIndex } from '../../src/data/builtinDataset';
import { indexDataset } from '../../src/model/indexDataset';
import type { Figure } from '../../src/model/schema';
import { dateToYear, gapsToDemands, placeInTime, selectSpending, seriesSegments, type SpendingMark } from '../../src/views/spending/spendingSeries';
import { layoutSpending, placeLabel, separateLabels } from '../../src/views/spending/spendingLayout';
import { describeSpending, spendingCaption, spendingCsv, spendingLede, spendingRows } from '../../src/views/spending/spendingRows';
import { harbourIndex } from '../fixtures/harbourCompact';
import { miniDataset, miniTexts, quote } from '../fixtures/miniDataset';
import { runs } from '../propertyRuns';

const published = dateToYear('2025-02-26');
const figure = (over: Partial<Figure>): Figure => ({
  id: 'f',
  actor: 'alice',
  metric: 'defence-spending',
  label: 'A figure',
  quantity: { unit: 'share-of-gdp', value: 2 },
  status: 'pledged',
  evidence: [quote('Alice')],
  ...over,
});

describe('placeInTime', () => {
  it('puts a figure with a year at that year, with the text’s phrase', () => {
    expect(placeInTime(figure({ time: { year: 2027, phrase: 'by 2027' } }), published)).toMatchObject({ x: 2027, window: null, phrase: 'by 2027', stated: true });
  });

  it('turns a vague time into a window, drawn at its middle, keeping the phrase and the reasoning', () => {
    const time = { earliest: 2029, latest: 2034, phrase: 'after the next general election', note: 'reasoned' };
    expect(placeInTime(figure({ time }), published)).toEqual({ x: 2031.5, window: { earliest: 2029, latest: 2034 }, phrase: time.phrase, note: 'reasoned', stated: true });
  });

  it('puts a figure with one bound at that bound, and one with no time at the article’s date, saying so', () => {
    expect(placeInTime(figure({ time: { earliest: 2030, phrase: 'from 2030' } }), published)).toMatchObject({ x: 2030, window: null });
    expect(placeInTime(figure({}), published)).toMatchObject({ x: published, stated: false, phrase: 'no time given' });
  });

  it('dates late February about 0.15 into the year', () => {
    expect(published).toBeCloseTo(2025.15, 2);
  });
});

describe('series from figures', () => {
  const mark = (f: Figure): SpendingMark => ({ figure: f, actor: { id: 'alice' } as SpendingMark['actor'], time: placeInTime(f, published), label: '' });

  it('leads a first pledge with a dashed line from the announcement to its target', () => {
    const pledge = mark(figure({ time: { year: 2027, phrase: 'by 2027' }, quantity: { unit: 'share-of-gdp', value: 2.5 } }));
    expect(seriesSegments([pledge], published)).toEqual([{ from: { x: published, value: 2.5 }, to: { x: 2027, value: 2.5 }, dashed: true }]);
  });

  it('joins current figures with solid lines, and runs dashed into a window’s first year', () => {
    const a = mark(figure({ id: 'a', status: 'current', quantity: { unit: 'share-of-gdp', value: 2 }, time: { year: 2023, phrase: 'in 2023' } }));
    const b = mark(figure({ id: 'b', status: 'current', quantity: { unit: 'share-of-gdp', value: 2.3 }, time: { year: 2024, phrase: 'in 2024' } }));
    const c = mark(figure({ id: 'c', status: 'aspiration', quantity: { unit: 'share-of-gdp', value: 3 }, time: { earliest: 2029, latest: 2034, phrase: 'later' } }));
    expect(seriesSegments([a, b, c], published).map((s) => [s.from.x, s.to.x, s.dashed])).toEqual([
      [2023, 2024, false],
      [2024, 2029, true],
    ]);
  });

  it('reads the article’s figures: one series for Starmer, Trump’s 5% as a reference line, no money figure', () => {
    const model = selectSpending(builtinIndex)!;
    expect([model.metric, model.scale.key, model.scales.length]).toEqual(['defence-spending', 'share-of-gdp', 1]);
    expect(model.actors.map((a) => a.id)).toEqual(['keir-starmer', 'donald-trump']);
    expect(model.series.map((s) => [s.label, s.marks.map((m) => m.figure.id)])).toEqual([
      ['Keir Starmer for United Kingdom', ['uk-defence-2-5-by-2027', 'uk-defence-3-after-election']],
    ]);
    expect(model.references.map((r) => [r.figure.id, r.figure.quantity.value])).toEqual([['nato-5-percent-demand', 5]]);
    expect(model.xDomain).toEqual([2024, 2035]);
    expect(model.yMax).toBe(6);
  });

  it('shows only the chosen actors', () => {
    const model = selectSpending(builtinIndex, { actors: ['donald-trump'] })!;
    expect(model.series).toEqual([]);
    expect(model.references).toHaveLength(1);
    expect(model.gaps).toEqual([]);
  });

  it('draws another metric when the dataset has no defence spending, and nothing when it has no figures', () => {
    const mini = miniDataset();
    const model = selectSpending(indexDataset(mini, miniTexts))!;
    expect([model.metric, model.scale.key, model.series.map((s) => s.label)]).toEqual(['money', 'money-usd', ['Alice']]);
    expect(selectSpending(indexDataset({ ...mini, figures: [] }, miniTexts))).toBeNull();
  });

  it('says when the chosen actors have no figure to show', () => {
    const model = selectSpending(builtinIndex, { actors: ['nobody'] })!;
    expect(describeSpending(model)).toMatch(/No figure is shown for the chosen actors/);
  });
});

describe('units: one axis each, never converted', () => {
  const harbour = harbourIndex();

  it('offers every unit a metric comes in, the commonest first, and draws only the chosen one', () => {
    const model = selectSpending(harbour)!;
    expect(model.scales.map((s) => [s.key, s.count])).toEqual([['share-of-gdp', 4], ['money-eur', 1], ['money-gbp', 1]]);
    expect(model.series.flatMap((s) => s.marks).every((m) => m.figure.quantity.unit === 'share-of-gdp')).toBe(true);
    const pounds = selectSpending(harbour, { unit: 'money-gbp' })!;
    expect(pounds.series.flatMap((s) => s.marks.map((m) => [m.figure.id, m.label]))).toEqual([['finland-gbp-boats', '£40 million last year']]);
    expect(pounds.actors.map((a) => a.id)).toEqual(['aino-virtanen']);
  });

  it('lists only metrics with figures, with labels from the vocabulary, and falls back from a unit the metric lacks', () => {
    expect(selectSpending(harbour)!.metrics.map((m) => [m.label, m.count])).toEqual([['Defence spending', 6], ['Troops', 1], ['Tariffs', 1]]);
    const troops = selectSpending(harbour, { metric: 'troops', unit: 'money-gbp' })!;
    expect([troops.scale.key, troops.series[0]!.marks[0]!.label]).toEqual(['count-observers', '40 observers by 2027']);
  });

  it('ticks the axis in the unit: percentages, a currency, a count', () => {
    const ticks = (selection: Parameters<typeof selectSpending>[1]) => layoutSpending(selectSpending(harbour, selection)!, 720).yTicks.map((t) => t.label);
    expect(ticks({})).toContain('4%');
    expect(ticks({ unit: 'money-eur' })).toContain('€1B');
    expect(ticks({ unit: 'money-gbp' })).toContain('£40M');
    expect(ticks({ metric: 'troops' })).toContain('40');
    expect(layoutSpending(selectSpending(harbour, { unit: 'money-eur' })!, 720).yLabel).toBe('EUR');
  });

  it('measures a gap in money as an amount, not in points', () => {
    const model = selectSpending(harbour, { unit: 'money-gbp' })!;
    const mark = model.series[0]!.marks[0]!;
    const demand = { figure: { ...mark.figure, id: 'd', status: 'demanded' as const, quantity: { unit: 'money' as const, value: 6e7, currency: 'GBP' } }, actor: mark.actor, label: '' };
    expect(gapsToDemands([mark], [demand]).map((g) => [g.label, g.shortLabel])).toEqual([['£20 million short of £60 million', '−£20M']]);
  });

  it('writes the lede and caption from the data: counts, units, and only the forms drawn', () => {
    const model = selectSpending(harbour)!;
    expect(spendingLede(model)).toBe(
      '6 figures on defence spending from 4 actors: 2 current, 2 pledged, 1 aspiration, 1 demanded of others. They come in 3 units, each drawn on its own axis and never converted: 4 as a share of GDP, 1 in euros (EUR) and 1 in British pounds (GBP).',
    );
    expect(spendingCaption(model)).toContain('soft-edged band');
    expect(spendingCaption(model)).not.toContain('drafted by machine');
    expect(spendingCaption(selectSpending(harbour, { unit: 'money-eur' })!)).toContain('drafted by machine');
    expect(spendingLede(selectSpending(harbour, { metric: 'troops' })!)).toBe('1 figure on troops from 1 actor: 1 pledged.');
  });

  it('marks a machine-drafted figure as unconfirmed in the table, the CSV and the summary', () => {
    const model = selectSpending(harbour, { unit: 'money-eur' })!;
    expect(spendingRows(model).map((r) => [r.amount, r.status, r.unconfirmed])).toEqual([['€1.2 billion', 'Pledged', true]]);
    const [header, row] = spendingCsv(model).trim().split('\r\n');
    expect(header).toContain('"confirmed","value","unit","currency","counted"');
    expect(row).toContain('"no (machine-drafted)",1200000000,"money","EUR",""');
    expect(describeSpending(model)).toContain('pledged €1.2 billion next year (unconfirmed draft)');
  });
});

describe('gap labels', () => {
  it('says how far each figure is from each demand, in points', () => {
    const model = selectSpending(builtinIndex)!;
    expect(model.gaps.map((g) => [g.mark.figure.quantity.value, g.label, g.shortLabel])).toEqual([
      [2.5, '2.5 points short of 5%', '−2.5 pts'],
      [3, '2 points short of 5%', '−2 pts'],
    ]);
  });

  it('says "above" for a figure over the demand and "meets" at it, without float noise', () => {
    const model = selectSpending(builtinIndex)!;
    const ref = model.references[0]!;
    const at = (value: number) => ({ ...model.series[0]!.marks[0]!, figure: { ...model.series[0]!.marks[0]!.figure, quantity: { unit: 'share-of-gdp' as const, value } } });
    expect(gapsToDemands([at(5.3)], [ref])[0]!.label).toBe('0.3 points above 5%');
    expect(gapsToDemands([at(5)], [ref])[0]!.label).toBe('Meets the 5%');
    expect(gapsToDemands([at(4)], [ref])[0]!.label).toBe('1 point short of 5%');
    expect(gapsToDemands([at(4.7)], [ref])[0]!).toMatchObject({ difference: 0.3, label: '0.3 points short of 5%' });
  });
});

describe('table, CSV and summary', () => {
  const model = selectSpending(builtinIndex)!;

  it('gives every spending figure a row, with the phrase and the reasoned window', () => {
    expect(spendingRows(model).map((r) => [r.who, r.status, r.amount, r.when])).toEqual([
      ['Keir Starmer', 'Pledged', '2.5%', 'by 2027'],
      ['Keir Starmer', 'Aspiration', '3%', 'after the next general election (about 2029–2034)'],
      ['Donald Trump', 'Demanded of others', '5%', 'no time given'],
    ]);
  });

  it('writes the CSV with each figure’s quote and offsets', () => {
    const lines = spendingCsv(model).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"Britain would increase its defense spending to 2.5% of GDP by 2027","article",4448,4514');
  });

  it('sums the chart up in words, saying there is no current figure', () => {
    const text = describeSpending(model);
    expect(text).toContain('pledged 2.5% by 2027');
    expect(text).toContain('Donald Trump demands 5% of NATO');
    expect(text).toContain('The article gives no current defence spending figure.');
  });
});

describe('layout', () => {
  it('keeps every label inside the plot at any width from 280 to 1600 px', () => {
    const model = selectSpending(builtinIndex)!;
    fc.assert(
      fc.property(fc.integer({ min: 280, max: 1600 }), (width) => {
        const layout = layoutSpending(model, width);
        for (const { label } of [...layout.marks, ...layout.references]) {
          const w = Math.max(...label.lines.map((l) => l.length * 6.6));
          const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
          expect(left).toBeGreaterThanOrEqual(-0.5);
          expect(left + w).toBeLessThanOrEqual(layout.plot.width + 0.5);
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('shortens gap labels on a phone and uses whole years for ticks', () => {
    const narrow = layoutSpending(selectSpending(builtinIndex)!, 340);
    expect(narrow.gaps.map((g) => g.label.lines[0])).toEqual(['−2.5 pts', '−2 pts']);
    expect(narrow.xTicks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  it('puts the label of a mark near the time axis above it, not over the years', () => {
    const model = selectSpending(builtinIndex)!;
    const [first, ...rest] = model.series[0]!.marks;
    const low = { ...first!, figure: { ...first!.figure, quantity: { unit: 'share-of-gdp' as const, value: 0.1 } } };
    const marks = [low, ...rest];
    const layout = layoutSpending({ ...model, series: [{ ...model.series[0]!, marks }], gaps: gapsToDemands(marks, model.references) }, 720);
    const placed = layout.marks.find((m) => m.mark === low)!;
    expect(placed.label.y).toBeLessThan(placed.cy);
    expect(layout.marks.find((m) => m.mark !== low)!.label.y).toBeGreaterThan(layout.marks.find((m) => m.mark !== low)!.cy);
  });

  it('labels a figure with no time given by its amount alone', () => {
    const index = indexDataset(miniDataset(), miniTexts);
    expect(selectSpending(index)!.series[0]!.marks[0]!.label).toBe('$5');
  });

  it('anchors labels against the edge they would cross, and moves overlapping ones apart', () => {
    expect(placeLabel(5, 0, ['long label'], 300).anchor).toBe('start');
    expect(placeLabel(295, 0, ['long label'], 300).anchor).toBe('end');
    const [a, b] = separateLabels([placeLabel(100, 50, ['one'], 300), placeLabel(100, 50, ['two'], 300)]);
    expect(b!.y).toBeGreaterThan(a!.y);
  });
});
