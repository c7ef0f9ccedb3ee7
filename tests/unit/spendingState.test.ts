import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSpendingState, parseSpendingParams, spendingHref, writeSpendingParams, type SpendingState } from '../../src/views/spending/spendingState';

const known = { actors: new Set(['keir-starmer', 'donald-trump']), figures: new Set(['uk-2-5', 'nato-5']) };
const parse = (query: string) => parseSpendingParams(new URLSearchParams(query), known);

describe('spending URL state', () => {
  it('reads an empty query as the defaults', () => {
    expect(parse('')).toEqual({ state: defaultSpendingState, dropped: [] });
  });

  it('reads the chosen actors, the open mark and the table view', () => {
    expect(parse('actors=donald-trump&mark=nato-5&show=table').state).toEqual({ actors: ['donald-trump'], mark: 'nato-5', table: true });
  });

  it('drops unknown actors, marks and views, and reports each one', () => {
    expect(parse('actors=keir-starmer,zed&mark=moon&show=pie')).toEqual({
      state: { actors: ['keir-starmer'], mark: null, table: false },
      dropped: [
        { param: 'actors', value: 'zed' },
        { param: 'mark', value: 'moon' },
        { param: 'show', value: 'pie' },
      ],
    });
  });

  it('links to one figure with its evidence open', () => {
    expect(spendingHref('uk-2-5')).toBe('/spending?mark=uk-2-5');
  });

  it('survives write-then-read for any state of known ids, and keeps other params', () => {
    const state = fc.record<SpendingState>({
      actors: fc.uniqueArray(fc.constantFrom(...known.actors)),
      mark: fc.option(fc.constantFrom(...known.figures), { nil: null }),
      table: fc.boolean(),
    });
    fc.assert(
      fc.property(state, (s) => {
        const params = writeSpendingParams(s, new URLSearchParams('keep=1'));
        expect(params.get('keep')).toBe('1');
        expect(parseSpendingParams(params, known)).toEqual({ state: s, dropped: [] });
      }),
    );
  });
});
