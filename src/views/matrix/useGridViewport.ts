import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { scrollGrid } from './gridElements';
import { axisWindow, scrollToReveal, wholeAxis } from './virtualWindow';

/** First guesses at the sizes of a large matrix in pixels, until they are measured (see matrix-grid.css). */
const SIZE_GUESS = { row: 43, column: 72, actorColumn: 224 };
/** What is in view, with the scroll offsets rounded down to whole rows and columns. */
const VIEWPORT_GUESS = { top: 0, left: 0, height: 800, width: 1200 };
type Viewport = typeof VIEWPORT_GUESS;
export type GridSizes = typeof SIZE_GUESS;

/** A scroll offset rounded down to a whole number of rows or columns. */
const snap = (offset: number, size: number) => Math.floor(offset / size) * size;
const sameViewport = (a: Viewport, b: Viewport) => a.top === b.top && a.left === b.left && a.height === b.height && a.width === b.width;

/**
 * Which rows and columns of the matrix to draw: all of a small one; of a `large` one, those in the
 * scroller's view. Measures the drawn row and column sizes, follows scrolling and resizing, and can
 * scroll a cell outside the drawn part into it.
 */
export function useGridViewport(rowCount: number, columnCount: number, large: boolean) {
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const [viewport, setViewport] = useState(VIEWPORT_GUESS);
  const [size, setSize] = useState(SIZE_GUESS);
  const topicsInView = viewport.width - size.actorColumn;
  const rowsDrawn = large ? axisWindow(rowCount, viewport.top, viewport.height, size.row) : wholeAxis(rowCount);
  const columnsDrawn = large ? axisWindow(columnCount, viewport.left, topicsInView, size.column) : wholeAxis(columnCount);

  // Redraws only when the scroll crosses a row or a column, not on every pixel.
  const readViewport = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = {
      top: snap(el.scrollTop, size.row),
      left: snap(el.scrollLeft, size.column),
      height: el.clientHeight || VIEWPORT_GUESS.height,
      width: el.clientWidth || VIEWPORT_GUESS.width,
    };
    setViewport((current) => (sameViewport(current, next) ? current : next));
  }, [size]);

  // Marks are placed by the column width, so it is measured at any size (it follows the font size).
  useLayoutEffect(() => {
    const body = table.current?.querySelector('tbody tr[role="row"]');
    const topic = table.current?.querySelector('.matrix__topic');
    const actor = table.current?.querySelector('.matrix__corner');
    // In CSS pixels before any zoom (print draws the grid zoomed out): the marks are zoomed with it.
    const unzoomed = (el: Element | null | undefined, side: 'width' | 'height') => (el ? el.getBoundingClientRect()[side] / (el.currentCSSZoom || 1) : 0);
    const measured = {
      row: unzoomed(body, 'height') || size.row,
      column: unzoomed(topic, 'width') || size.column,
      actorColumn: unzoomed(actor, 'width') || size.actorColumn,
    };
    const differs = (key: keyof GridSizes) => Math.abs(measured[key] - size[key]) > 0.5;
    if (differs('row') || differs('column') || differs('actorColumn')) setSize(measured);
    readViewport();
  }, [large, size, readViewport]);

  // A resized window shows more or fewer rows and columns.
  useEffect(() => {
    const el = scroller.current;
    if (!large || !el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(readViewport);
    observer.observe(el);
    return () => observer.disconnect();
  }, [large, readViewport]);

  /** Scrolls so that a cell outside the drawn part is drawn, and draws it at once, so focus can move to it. */
  const reveal = (row: number, col: number) => {
    const top = scrollToReveal(row, rowsDrawn, viewport.height, size.row);
    const left = scrollToReveal(col, columnsDrawn, topicsInView, size.column);
    if (top === null && left === null) return;
    if (scroller.current) scrollGrid(scroller.current, top, left);
    setViewport((v) => ({ ...v, top: snap(top ?? v.top, size.row), left: snap(left ?? v.left, size.column) }));
  };

  return { scroller, table, size, rowsDrawn, columnsDrawn, readViewport, reveal };
}
