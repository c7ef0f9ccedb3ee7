/**
 * A large matrix draws only the rows and columns in view (plus a margin), so a filter change costs the
 * same at 200 × 40 as at 25 × 13. A small one draws everything, so its layout (and its tests in a DOM
 * without layout) never depend on measurements.
 */

/**
 * A matrix with more rows than this, or more cells, is large. A story of 60 actors × 12 topics is: drawn
 * whole, each filter change laid out and painted some 2,000 elements.
 */
export const VIRTUAL_FROM_ROWS = 40;
const VIRTUAL_FROM_CELLS = 600;
/** Rows and columns drawn beyond the visible ones, so fast scrolling and keyboard moves rarely show a gap. */
export const OVERSCAN = 2;

export const isLargeGrid = (rowCount: number, columnCount: number) =>
  rowCount > VIRTUAL_FROM_ROWS || rowCount * columnCount > VIRTUAL_FROM_CELLS;

/** The items drawn along one axis: from `start` (inclusive) to `end` (exclusive). */
export interface AxisWindow {
  start: number;
  end: number;
}

export const wholeAxis = (count: number): AxisWindow => ({ start: 0, end: count });

/** The items to draw along an axis scrolled to `scroll`, each `itemSize` pixels long. */
export function axisWindow(count: number, scroll: number, viewportSize: number, itemSize: number): AxisWindow {
  if (itemSize <= 0) return wholeAxis(count);
  const firstVisible = Math.floor(Math.max(0, scroll) / itemSize);
  const visible = Math.ceil(Math.max(viewportSize, itemSize) / itemSize) + 1;
  const start = Math.max(0, Math.min(firstVisible - OVERSCAN, count - visible - OVERSCAN));
  return { start, end: Math.min(count, firstVisible + visible + OVERSCAN) };
}

/** A scroll position that shows item `index` a third of the way into the viewport. */
export const revealOffset = (index: number, viewportSize: number, itemSize: number) => Math.max(0, index * itemSize - viewportSize / 3);

/** A scroll position that brings item `index` into the drawn window, or null when it is drawn already. */
export function scrollToReveal(index: number, window: AxisWindow, viewportSize: number, itemSize: number): number | null {
  if (index >= window.start && index < window.end) return null;
  return revealOffset(index, viewportSize, itemSize);
}
