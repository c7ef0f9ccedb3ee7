import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERSCAN, VIRTUAL_FROM_ROWS, axisWindow, isLargeGrid, scrollToReveal } from '../../src/views/matrix/virtualWindow';

describe('isLargeGrid', () => {
  it('is false for an article-sized matrix and true for a long or a wide-and-deep one', () => {
    expect(isLargeGrid(25, 13)).toBe(false);
    expect(isLargeGrid(VIRTUAL_FROM_ROWS + 1, 3)).toBe(true);
    expect(isLargeGrid(50, 40)).toBe(true);
  });
});

describe('axisWindow', () => {
  it('draws the items in view and a margin on each side', () => {
    // 400 px at 40 px an item from 2000 px: items 50 to 60 are in view.
    const w = axisWindow(200, 2000, 400, 40);
    expect(w.start).toBe(50 - OVERSCAN);
    expect(w.end).toBeGreaterThanOrEqual(60 + OVERSCAN);
    expect(w.end - w.start).toBeLessThan(30);
  });

  it('stays inside the axis at both ends', () => {
    expect(axisWindow(200, 0, 400, 40).start).toBe(0);
    const bottom = axisWindow(200, 1e6, 400, 40);
    expect(bottom.end).toBe(200);
    expect(bottom.end - bottom.start).toBeGreaterThan(10);
  });

  it('always covers every item in view, whatever the scroll and sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(50_000), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 200 }), (count, scroll, viewport, size) => {
        const top = Math.min(scroll, Math.max(0, count * size - viewport));
        const w = axisWindow(count, top, viewport, size);
        const firstInView = Math.floor(top / size);
        const lastInView = Math.min(count - 1, Math.floor((top + viewport - 1) / size));
        expect(w.start).toBeGreaterThanOrEqual(0);
        expect(w.end).toBeLessThanOrEqual(count);
        expect(w.start).toBeLessThanOrEqual(firstInView);
        expect(w.end).toBeGreaterThan(lastInView);
      }),
    );
  });
});

describe('scrollToReveal', () => {
  it('does nothing for an item already drawn, and scrolls a far item into the window', () => {
    const w = axisWindow(200, 0, 400, 40);
    expect(scrollToReveal(3, w, 400, 40)).toBeNull();
    const top = scrollToReveal(150, w, 400, 40)!;
    const next = axisWindow(200, top, 400, 40);
    expect(150).toBeGreaterThanOrEqual(next.start);
    expect(150).toBeLessThan(next.end);
  });
});
