import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, CONTEXT_CHARS, spanAt } from '../../src/model/anchor';

describe('anchorQuote', () => {
  const text = 'one two one two one';
  it('finds the first occurrence by default and the n-th on request', () => {
    expect(anchorQuote('s', text, 'one')).toMatchObject({ start: 0, end: 3 });
    expect(anchorQuote('s', text, 'one', 2)).toMatchObject({ start: 16, end: 19, prefix: 'one two one two ', suffix: '' });
  });
  it('returns undefined for a quote that is not there, or an empty one', () => {
    expect(anchorQuote('s', text, 'three')).toBeUndefined();
    expect(anchorQuote('s', text, 'one', 3)).toBeUndefined();
    expect(anchorQuote('s', text, '')).toBeUndefined();
  });
  it('yields spans whose slice is the quote, with context that surrounds it (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (s, a, b) => {
        const start = Math.min(a, b) % (s.length + 1);
        const end = Math.max(a, b) % (s.length + 1);
        const span = spanAt('s', s, start, end);
        expect(s.slice(span.start, span.end)).toBe(span.exact);
        expect(span.prefix.length).toBeLessThanOrEqual(CONTEXT_CHARS);
        expect(s.slice(0, start).endsWith(span.prefix)).toBe(true);
        expect(s.slice(end).startsWith(span.suffix)).toBe(true);
      }),
    );
  });
});
