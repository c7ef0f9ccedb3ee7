import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stances } from '../../src/model/codes';
import { parseMatrixParams, writeMatrixParams } from '../../src/views/matrix/matrixState';
import { runs } from '../propertyRuns';

const known = { actors: new Set(['alice', 'bob', 'carol']), topics: new Set(['treaty', 'fund']) };

/** Pieces a hand-edited or hostile link is made of: our names, our separators, and worse. */
const token = fc.oneof(
  fc.constantFrom('actors', 'topics', 'stances', 'hist', 'sort', 'with', 'cell', 'hide', 'agreement', 'alice', 'fund', ...stances),
  fc.constantFrom('=', '&', ',', '~', '%', '%00', '%E2%80%AE', '+', '#', '?', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'javascript:alert(1)', '</script>', '\u202e', 'x'.repeat(10_000)),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const hostileQuery = fc.array(token, { maxLength: 30 }).map((parts) => parts.join(''));

describe('matrix URL state under hostile links (fuzz)', () => {
  it('never throws, and keeps only ids the dataset knows', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const { state } = parseMatrixParams(new URLSearchParams(query), known);
        for (const id of [...state.actors, ...(state.sortActor ? [state.sortActor] : []), ...(state.cell ? [state.cell.actor] : [])])
          expect(known.actors.has(id)).toBe(true);
        for (const id of [...state.topics, ...(state.cell ? [state.cell.topic] : [])]) expect(known.topics.has(id)).toBe(true);
        for (const stance of state.stances) expect(stances).toContain(stance);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('reports every value it left out, so the notice can name it', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const params = new URLSearchParams(query);
        const { state, dropped } = parseMatrixParams(params, known);
        const given = (params.get('actors') ?? '').split(',').map((v) => v.trim()).filter(Boolean);
        for (const value of given) expect(state.actors.includes(value) || dropped.some((d) => d.param === 'actors' && d.value === value)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('settles after one pass: the link it writes back reads the same, with nothing more dropped', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const first = parseMatrixParams(new URLSearchParams(query), known).state;
        const again = parseMatrixParams(new URLSearchParams(writeMatrixParams(first).toString()), known);
        expect(again).toEqual({ state: first, dropped: [] });
      }),
      { numRuns: runs(1000) },
    );
  });

  it('treats ids named like Object members as unknown, and says so', () => {
    const { state, dropped } = parseMatrixParams(new URLSearchParams('actors=__proto__,constructor&cell=__proto__~constructor&with=toString'), known);
    expect(state.actors).toEqual([]);
    expect(state.cell).toBeNull();
    expect(state.sortActor).toBeNull();
    expect(dropped.map((d) => d.value)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString', '__proto__~constructor']));
  });
});
