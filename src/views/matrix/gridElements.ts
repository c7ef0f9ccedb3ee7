/**
 * A drawn cell's element, by its `cellKey`. Found when needed rather than held by a ref per cell, which
 * React would detach and attach on every draw.
 */
export const drawnCell = (grid: HTMLElement, key: string) =>
  [...grid.querySelectorAll<HTMLElement>('[role="gridcell"]')].find((cell) => cell.dataset.key === key);

/** Scrolls the grid's scroller on either axis (null: that axis stays). */
export function scrollGrid(scroller: HTMLElement, top: number | null, left: number | null) {
  if (top !== null) scroller.scrollTop = top;
  if (left !== null) scroller.scrollLeft = left;
}
