import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stances } from '../../src/model/codes';
import { sortKeys } from '../../src/model/matrixSelectors';
import { readableQuery } from '../../src/url/params';
import { defaultMatrixState, parseMatrixParams, writeMatrixParams, type MatrixState } from '../../src/views/matrix/matrixState';

const known = { actors: new Set(['alice', 'bob', 'carol']), topics: new Set(['treaty', 'fund']), dates: new Set(['2025-02-26', '2025-06-25']) };
const parse = (query: string) => parseMatrixParams(new URLSearchParams(query), known);

describe('matrix URL state', () => {
  it('reads an empty query as the defaults', () => {
    expect(parse('')).toEqual({ state: defaultMatrixState, dropped: [] });
  });

  it('reads every filter, the sort and the open cell', () => {
    const { state } = parse('actors=alice,bob&topics=fund&stances=opposes&hist=hide&sort=agreement&with=carol&cell=bob~fund');
    expect(state).toEqual({
      actors: ['alice', 'bob'],
      topics: ['fund'],
      stances: ['opposes'],
      hideHistorical: true,
      sort: 'agreement',
      sortActor: 'carol',
      cell: { actor: 'bob', topic: 'fund' },
      asOf: null,
    });
  });

  it('drops unknown actors, topics, stances, sorts and cells, and reports each one', () => {
    const { state, dropped } = parse('actors=alice,zed&topics=moon&stances=loves&sort=random&with=zed&cell=zed~fund&hist=maybe');
    expect(state.actors).toEqual(['alice']);
    expect(state.topics).toEqual([]);
    expect(state.cell).toBeNull();
    expect(dropped).toEqual(
      expect.arrayContaining([
        { param: 'actors', value: 'zed' },
        { param: 'topics', value: 'moon' },
        { param: 'stances', value: 'loves' },
        { param: 'sort', value: 'random' },
        { param: 'with', value: 'zed' },
        { param: 'cell', value: 'zed~fund' },
        { param: 'hist', value: 'maybe' },
      ]),
    );
  });

  it('reads asOf when it names a source date, and drops any other', () => {
    expect(parse('asOf=2025-02-26').state.asOf).toBe('2025-02-26');
    expect(parse('asOf=2025-03-01')).toEqual({ state: defaultMatrixState, dropped: [{ param: 'asOf', value: '2025-03-01' }] });
  });

  it('writes nothing for the defaults and keeps unrelated params', () => {
    expect(writeMatrixParams(defaultMatrixState).toString()).toBe('');
    expect(writeMatrixParams({ ...defaultMatrixState, actors: ['bob'] }, new URLSearchParams('view=x')).toString()).toBe('view=x&actors=bob');
  });

  it('gives back any state it wrote (property)', () => {
    const sub = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values));
    const stateArb: fc.Arbitrary<MatrixState> = fc.record({
      actors: sub([...known.actors]),
      topics: sub([...known.topics]),
      stances: sub(stances),
      hideHistorical: fc.boolean(),
      sort: fc.constantFrom(...sortKeys),
      sortActor: fc.option(fc.constantFrom(...known.actors), { nil: null }),
      cell: fc.option(fc.record({ actor: fc.constantFrom(...known.actors), topic: fc.constantFrom(...known.topics) }), { nil: null }),
      asOf: fc.option(fc.constantFrom(...known.dates), { nil: null }),
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        const url = `?${writeMatrixParams(state)}`;
        expect(parseMatrixParams(new URLSearchParams(url), known)).toEqual({ state, dropped: [] });
      }),
    );
  });

  it('never throws on any query string (property)', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const { state } = parseMatrixParams(new URLSearchParams(query), known);
        for (const id of state.actors) expect(known.actors.has(id)).toBe(true);
      }),
    );
  });
});

describe('readableQuery', () => {
  it('leaves list commas and the cell tilde readable, and still parses back', () => {
    const params = writeMatrixParams({ ...defaultMatrixState, actors: ['alice', 'bob'], cell: { actor: 'bob', topic: 'fund' } });
    const query = readableQuery(params);
    expect(query).toBe('actors=alice,bob&cell=bob~fund');
    expect(parse(query).state.actors).toEqual(['alice', 'bob']);
  });
});
