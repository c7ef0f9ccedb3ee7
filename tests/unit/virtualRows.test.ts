import { describe, expect, it } from 'vitest';
import { OVERSCAN_ROWS, VIRTUAL_FROM_ROWS, rowWindow, scrollToReveal } from '../../src/views/matrix/virtualRows';

describe('rowWindow', () => {
  it('draws every row of a small matrix', () => {
    expect(rowWindow(VIRTUAL_FROM_ROWS, 5000, 400, 40)).toEqual({ start: 0, end: VIRTUAL_FROM_ROWS });
  });

  it('draws the rows in view and a margin on each side', () => {
    // 400 px at 40 px a row from 2000 px: rows 50 to 60 are in view.
    const w = rowWindow(200, 2000, 400, 40);
    expect(w.start).toBe(50 - OVERSCAN_ROWS);
    expect(w.end).toBeGreaterThanOrEqual(60 + OVERSCAN_ROWS);
    expect(w.end - w.start).toBeLessThan(40);
  });

  it('stays inside the matrix at the top and at the bottom', () => {
    expect(rowWindow(200, 0, 400, 40).start).toBe(0);
    const bottom = rowWindow(200, 1e6, 400, 40);
    expect(bottom.end).toBe(200);
    expect(bottom.end - bottom.start).toBeGreaterThan(10);
  });
});

describe('scrollToReveal', () => {
  it('does nothing for a row already drawn, and scrolls a far row into the window', () => {
    const w = rowWindow(200, 0, 400, 40);
    expect(scrollToReveal(3, w, 400, 40)).toBeNull();
    const top = scrollToReveal(150, w, 400, 40)!;
    const next = rowWindow(200, top, 400, 40);
    expect(150).toBeGreaterThanOrEqual(next.start);
    expect(150).toBeLessThan(next.end);
  });
});
