import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { cellKey } from '../../model/indexDataset';
import type { MatrixView } from '../../model/matrixSelectors';
import { useHoverStore, type HoverTarget } from '../../store/hoverStore';
import { MatrixHeader } from './MatrixHeader';
import { MatrixRow } from './MatrixRow';
import { axisWindow, isLargeGrid, revealOffset, scrollToReveal, wholeAxis } from './virtualWindow';
import './matrix-grid.css';

interface MatrixGridProps {
  view: MatrixView;
  selected: { actor: string; topic: string } | null;
  onOpen: (actor: string, topic: string) => void;
}

/** First guesses at the sizes of a large matrix in pixels, until they are measured (see matrix-grid.css). */
const SIZE_GUESS = { row: 43, column: 88, actorColumn: 224 };
/** What is in view, with the scroll offsets rounded down to whole rows and columns. */
const VIEWPORT_GUESS = { top: 0, left: 0, height: 800, width: 1200 };
type Viewport = typeof VIEWPORT_GUESS;

/**
 * A drawn cell's element, by its `cellKey`. Found when needed rather than held by a ref per cell, which
 * React would detach and attach on every draw.
 */
const drawnCell = (grid: HTMLElement, key: string) =>
  [...grid.querySelectorAll<HTMLElement>('[role="gridcell"]')].find((cell) => cell.dataset.key === key);

/** A scroll offset rounded down to a whole number of rows or columns. */
const snap = (offset: number, size: number) => Math.floor(offset / size) * size;
const sameViewport = (a: Viewport, b: Viewport) => a.top === b.top && a.left === b.left && a.height === b.height && a.width === b.width;

/**
 * The actor × topic matrix as an ARIA grid: one tab stop, arrow keys move, Enter opens a cell. A large
 * matrix draws only the rows and columns in view, and stands in for the rest with empty space;
 * aria-rowcount, aria-colcount and the indexes on each cell keep the true sizes.
 */
export function MatrixGrid({ view, selected, onOpen }: MatrixGridProps) {
  const { rows, columns, cell } = view;
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const moved = useRef(false);
  const [viewport, setViewport] = useState(VIEWPORT_GUESS);
  const [size, setSize] = useState(SIZE_GUESS);
  const hovered = useHoverStore((s) => s.hovered);
  const setHovered = useHoverStore((s) => s.setHovered);
  const row = Math.min(focus.row, rows.length - 1);
  const col = Math.min(focus.col, columns.length - 1);
  const large = isLargeGrid(rows.length, columns.length);
  const topicsInView = viewport.width - size.actorColumn;
  const rowsDrawn = large ? axisWindow(rows.length, viewport.top, viewport.height, size.row) : wholeAxis(rows.length);
  const columnsDrawn = large ? axisWindow(columns.length, viewport.left, topicsInView, size.column) : wholeAxis(columns.length);

  // The handlers rows receive stay the same across renders, so memoised rows redraw only when their data changes.
  const latest = useRef({ rows, columns, onOpen });
  useLayoutEffect(() => {
    latest.current = { rows, columns, onOpen };
  });
  const onCell = useCallback((r: number, c: number) => {
    const { rows, columns, onOpen } = latest.current;
    setFocus({ row: r, col: c });
    const actor = rows[r];
    const topic = columns[c];
    if (actor && topic) onOpen(actor.id, topic.id);
  }, []);
  const onHover = useCallback((target: HoverTarget) => setHovered(target), [setHovered]);

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
    const measured = {
      row: body?.getBoundingClientRect().height || size.row,
      column: topic?.getBoundingClientRect().width || size.column,
      actorColumn: actor?.getBoundingClientRect().width || size.actorColumn,
    };
    const differs = (key: keyof typeof size) => Math.abs(measured[key] - size[key]) > 0.5;
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

  // An opened cell stays in sight: opening the panel narrows the grid, and a link may open a far cell.
  const selectedKey = selected && cellKey(selected.actor, selected.topic);
  useEffect(() => {
    const el = scroller.current;
    if (!selected || !el) return;
    const cell = drawnCell(el, cellKey(selected.actor, selected.topic));
    if (cell) {
      // Not returned: newer browsers give back a promise, which React would take for a cleanup function.
      cell.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      return;
    }
    // Not drawn yet: scrolling there draws it.
    const r = rows.findIndex((a) => a.id === selected.actor);
    const c = columns.findIndex((t) => t.id === selected.topic);
    if (r >= 0) el.scrollTop = revealOffset(r, el.clientHeight, size.row);
    if (c >= 0) el.scrollLeft = revealOffset(c, el.clientWidth - size.actorColumn, size.column);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when another cell is opened, not on every filter change
  }, [selectedKey]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const actor = rows[row];
    const topic = columns[col];
    if (!actor || !topic) return;
    const key = cellKey(actor.id, topic.id);
    if (scroller.current) drawnCell(scroller.current, key)?.focus();
  }, [row, col, rows, columns]);

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys on the header links are theirs, not the grid's.
    if ((event.target as HTMLElement).closest('a')) return;
    const last = { row: rows.length - 1, col: columns.length - 1 };
    const moves: Record<string, () => { row: number; col: number }> = {
      ArrowUp: () => ({ row: Math.max(row - 1, 0), col }),
      ArrowDown: () => ({ row: Math.min(row + 1, last.row), col }),
      ArrowLeft: () => ({ row, col: Math.max(col - 1, 0) }),
      ArrowRight: () => ({ row, col: Math.min(col + 1, last.col) }),
      Home: () => (event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 }),
      End: () => (event.ctrlKey ? last : { row, col: last.col }),
      PageUp: () => ({ row: Math.max(row - 5, 0), col }),
      PageDown: () => ({ row: Math.min(row + 5, last.row), col }),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const next = move();
      // A cell outside the drawn part is drawn first, so there is a cell to move focus to.
      const el = scroller.current;
      const top = scrollToReveal(next.row, rowsDrawn, viewport.height, size.row);
      const left = scrollToReveal(next.col, columnsDrawn, topicsInView, size.column);
      if (top !== null || left !== null) {
        if (el && top !== null) el.scrollTop = top;
        if (el && left !== null) el.scrollLeft = left;
        setViewport((v) => ({ ...v, top: snap(top ?? v.top, size.row), left: snap(left ?? v.left, size.column) }));
      }
      moved.current = true;
      setFocus(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onCell(row, col);
    }
  };

  if (!rows.length || !columns.length) return null;
  const hoveredTopic = hovered?.kind === 'topic' ? hovered.id : null;
  const drawnColumnCount = 1 + columnsDrawn.end - columnsDrawn.start + Number(columnsDrawn.start > 0) + Number(columnsDrawn.end < columns.length);
  const rowGap = (rowCount: number) =>
    rowCount > 0 && (
      <tr className="matrix__spacer" aria-hidden="true">
        <td colSpan={drawnColumnCount} style={{ height: rowCount * size.row }} />
      </tr>
    );
  return (
    <div className={large ? 'matrix-scroll matrix-scroll--large' : 'matrix-scroll'} ref={scroller} onScroll={large ? readViewport : undefined}>
      <table
        ref={table}
        role="grid"
        className={large ? 'matrix matrix--large' : 'matrix'}
        aria-label="Positions of actors on topics"
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        onKeyDown={onKeyDown}
      >
        <thead>
          <MatrixHeader columns={columns} drawn={columnsDrawn} columnWidth={size.column} hoveredTopic={hoveredTopic} onHover={onHover} />
        </thead>
        <tbody>
          {rowGap(rowsDrawn.start)}
          {rows.slice(rowsDrawn.start, rowsDrawn.end).map((actor, i) => {
            const r = rowsDrawn.start + i;
            return (
              <MatrixRow
                // Keyed by place in the drawn window, not by actor: a filter that reorders the rows then updates
                // the same row elements in place rather than removing and building them all again.
                key={large ? i : actor.id}
                actor={actor}
                row={r}
                columns={columns}
                drawn={columnsDrawn}
                columnWidth={size.column}
                cell={cell}
                tabColumn={r === row ? col : -1}
                selectedTopic={selected?.actor === actor.id ? selected.topic : null}
                hoveredTopic={hoveredTopic}
                isHovered={hovered?.kind === 'actor' && hovered.id === actor.id}
                onCell={onCell}
                onHover={onHover}
              />
            );
          })}
          {rowGap(rows.length - rowsDrawn.end)}
        </tbody>
      </table>
    </div>
  );
}
