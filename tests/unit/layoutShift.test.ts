import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift } from '../../bench/layoutShift';

const shift = (startTime: number, value: number, hadRecentInput = false) => ({ startTime, value, hadRecentInput });

describe('cumulative layout shift (largest session window)', () => {
  it('is 0 when nothing shifted', () => {
    expect(cumulativeLayoutShift([])).toBe(0);
  });

  it('sums shifts less than 1 s apart into one window', () => {
    expect(cumulativeLayoutShift([shift(100, 0.05), shift(900, 0.04), shift(1800, 0.03)])).toBeCloseTo(0.12);
  });

  it('starts a new window after a gap of more than 1 s and keeps the largest', () => {
    expect(cumulativeLayoutShift([shift(100, 0.05), shift(1200, 0.02), shift(3000, 0.04), shift(3500, 0.04)])).toBeCloseTo(0.08);
  });

  it('closes a window once it spans 5 s, however close its shifts', () => {
    const steady = Array.from({ length: 13 }, (_, i) => shift(i * 500, 0.01));
    // 0…5000 ms holds 11 shifts; the rest start a second window.
    expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.11);
  });

  it('leaves out shifts right after user input', () => {
    expect(cumulativeLayoutShift([shift(100, 0.3, true), shift(200, 0.01)])).toBeCloseTo(0.01);
  });

  it('does not depend on the order the entries arrive in', () => {
    expect(cumulativeLayoutShift([shift(3000, 0.04), shift(100, 0.05), shift(3500, 0.04)])).toBeCloseTo(0.08);
  });
});
