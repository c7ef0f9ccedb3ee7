/** Above this many rows the matrix draws only the rows in view (plus a margin), to stay fast at any size. */
export const VIRTUAL_FROM_ROWS = 60;
/** Rows drawn above and below the visible ones, so fast scrolling and keyboard moves rarely show a gap. */
export const OVERSCAN_ROWS = 4;

export interface RowWindow {
  /** First row drawn (inclusive). */
  start: number;
  /** Row after the last drawn (exclusive). */
  end: number;
}

/**
 * The rows to draw for a scroll position, with every row `rowHeight` pixels tall. Small grids draw every
 * row, so their layout (and their tests in a DOM without layout) never depend on measurements.
 */
export function rowWindow(rowCount: number, scrollTop: number, viewportHeight: number, rowHeight: number): RowWindow {
  if (rowCount <= VIRTUAL_FROM_ROWS || rowHeight <= 0) return { start: 0, end: rowCount };
  const firstVisible = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(firstVisible - OVERSCAN_ROWS, rowCount - visible - OVERSCAN_ROWS));
  return { start, end: Math.min(rowCount, firstVisible + visible + OVERSCAN_ROWS) };
}

/** A scroll position that brings `row` into the drawn window, or null when it is drawn already. */
export function scrollToReveal(row: number, window: RowWindow, viewportHeight: number, rowHeight: number): number | null {
  if (row >= window.start && row < window.end) return null;
  return Math.max(0, row * rowHeight - viewportHeight / 3);
}
