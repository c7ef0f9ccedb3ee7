import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusOfFigure } from '../../src/extract/figureStatus';
import { findTimes, timeOfFigure } from '../../src/extract/figureTimes';
import { findQuantities } from '../../src/extract/quantities';

// Text made of the pieces the recognisers look for, in any order, so that odd neighbours meet.
const piece = fc.constantFrom(
  '$', '£', '€', 'US$', 'C$', 'SEK', '1', '2.5', '1,200', '2035', '2026-30', 'bn', 'm', ' million', '%', ' percent', ' per cent',
  ' of GDP', ' of', ' troops', ' years', ' by', ' in', ' from', ' to', ' and', ' between', ' next year', ' the late 2030s',
  ' within five years', ' pledged', ' said it would', ' aims to', ' urged', ' claimed', ' spends', ',', '.', ';', ' (', ')', ' ', '-',
  'Section', ' twelve', ' Five', ' pounds', ' euros',
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('figure recognisers on any text', () => {
  it('give quantities whose spans lie in the text, in order, with finite values and a confidence in 0-1', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = -1;
        for (const q of findQuantities(t)) {
          expect(q.span.start).toBeGreaterThan(last - 1);
          expect(q.span.end).toBeLessThanOrEqual(t.length);
          expect(q.span.end).toBeGreaterThan(q.span.start);
          expect(Number.isFinite(q.value)).toBe(true);
          if (q.upper !== undefined) expect(q.upper).toBeGreaterThan(q.value);
          expect(q.confidence).toBeGreaterThan(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
          if (q.unit.kind === 'currency') expect(q.unit.code).toMatch(/^[A-Z]{3}$/);
          last = q.span.start;
        }
      }),
      { numRuns: 400, seed: 10 },
    );
  });

  it('give times whose phrase is the text at their span, and a window that runs forwards', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const time of findTimes(t, '2026-05-12')) {
          expect(t.slice(time.span.start, time.span.end)).toBe(time.phrase);
          if (time.earliest !== undefined && time.latest !== undefined) expect(time.latest).toBeGreaterThanOrEqual(time.earliest);
        }
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('give every quantity a status whose cue is in the text, and a time from its own sentence or none', () => {
    fc.assert(
      fc.property(text, (t) => {
        const quantities = findQuantities(t);
        const times = findTimes(t, '2026-05-12');
        for (const q of quantities) {
          const reading = statusOfFigure(t, q.span);
          if (reading.cueSpan) expect(t.slice(reading.cueSpan.start, reading.cueSpan.end)).toBe(reading.cue);
          const time = timeOfFigure(t, q.span, times, quantities.map((x) => x.span));
          if (time) expect(times).toContain(time);
        }
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
