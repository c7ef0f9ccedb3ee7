import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSpendingState, parseSpendingParams, shownScale, spendingHref, spendingKnownIds, writeSpendingParams, type SpendingState } from '../../src/views/spending/spendingState';
import { harbourDataset } from '../fixtures/harbourCompact';

// Defence spending as shares of GDP, in euros and in pounds; troops counted; a tariff in percent.
const known = spendingKnownIds(harbourDataset().figures);
const parse = (query: string) => parseSpendingParams(new URLSearchParams(query), known);

describe('spending URL state', () => {
  it('reads an empty query as the defaults: defence spending, in its commonest unit', () => {
    expect(parse('')).toEqual({ state: defaultSpendingState, dropped: [] });
    expect(shownScale(defaultSpendingState, known)).toEqual({ metric: 'defence-spending', unit: 'share-of-gdp' });
  });

  it('reads the metric, the unit, the chosen actors, the open mark and the table view', () => {
    expect(parse('metric=defence-spending&unit=money-eur&actors=liis-tamm&mark=estonia-eur-next-year&show=table').state).toEqual({
      metric: 'defence-spending',
      unit: 'money-eur',
      actors: ['liis-tamm'],
      mark: 'estonia-eur-next-year',
      table: true,
    });
  });

  it('opens on the metric and unit of the marked figure when the link names neither', () => {
    const { state } = parse('mark=latvia-40-observers');
    expect(shownScale(state, known)).toEqual({ metric: 'troops', unit: 'count-observers' });
    expect(shownScale(parse('mark=finland-gbp-boats').state, known)).toEqual({ metric: 'defence-spending', unit: 'money-gbp' });
  });

  it('drops unknown metrics, units the metric does not come in, actors without figures there, unknown marks and views', () => {
    expect(parse('metric=moon&unit=money-usd&actors=liis-tamm,zed&mark=moon&show=pie')).toEqual({
      state: { metric: null, unit: null, actors: ['liis-tamm'], mark: null, table: false },
      dropped: [
        { param: 'mark', value: 'moon' },
        { param: 'metric', value: 'moon' },
        { param: 'unit', value: 'money-usd' },
        { param: 'actors', value: 'zed' },
        { param: 'show', value: 'pie' },
      ],
    });
    // Latvia has figures, but none on troops in euros; Tamm has none on troops at all.
    expect(parse('metric=troops&unit=money-eur&actors=liis-tamm').dropped).toEqual([
      { param: 'unit', value: 'money-eur' },
      { param: 'actors', value: 'liis-tamm' },
    ]);
  });

  it('links to one figure with its evidence open', () => {
    expect(spendingHref('latvia-40-observers')).toBe('/spending?mark=latvia-40-observers');
  });

  it('survives write-then-read for any state of known ids, and keeps other params', () => {
    const metricAndUnit = fc.constantFrom(...[...known.metrics].flatMap(([metric, units]) => [...units].map(([unit, actors]) => ({ metric, unit, actors: [...actors] }))));
    const state = metricAndUnit.chain(({ metric, unit, actors }) =>
      fc.record<SpendingState>({
        metric: fc.constant(metric),
        unit: fc.constant(unit),
        actors: fc.uniqueArray(fc.constantFrom(...actors)),
        mark: fc.option(fc.constantFrom(...known.figures.keys()), { nil: null }),
        table: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(state, (s) => {
        const params = writeSpendingParams(s, new URLSearchParams('keep=1'));
        expect(params.get('keep')).toBe('1');
        expect(parseSpendingParams(params, known)).toEqual({ state: s, dropped: [] });
      }),
    );
  });
});
