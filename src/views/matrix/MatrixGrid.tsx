import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { topicHref } from '../../model/datums';
import { cellKey } from '../../model/indexDataset';
import type { MatrixView } from '../../model/matrixSelectors';
import { useAppStore, type HoverTarget } from '../../store/appStore';
import { MatrixRow } from './MatrixRow';
import { rowWindow, scrollToReveal } from './virtualRows';
import './matrix-grid.css';

interface MatrixGridProps {
  view: MatrixView;
  selected: { actor: string; topic: string } | null;
  onOpen: (actor: string, topic: string) => void;
}

/** A first guess at a row's height in pixels, until one is measured. */
const ROW_HEIGHT_GUESS = 43;

/**
 * The actor × topic matrix as an ARIA grid: one tab stop, arrow keys move, Enter opens a cell. Beyond a
 * few dozen rows only the rows in view are drawn (aria-rowcount and aria-rowindex keep the true sizes).
 */
export function MatrixGrid({ view, selected, onOpen }: MatrixGridProps) {
  const { rows, columns, cells } = view;
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const scroller = useRef<HTMLDivElement>(null);
  const firstBodyRow = useRef<HTMLTableSectionElement>(null);
  const moved = useRef(false);
  const [scroll, setScroll] = useState({ top: 0, height: 800 });
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT_GUESS);
  const hovered = useAppStore((s) => s.hovered);
  const setHovered = useAppStore((s) => s.setHovered);
  const row = Math.min(focus.row, rows.length - 1);
  const col = Math.min(focus.col, columns.length - 1);
  const window = rowWindow(rows.length, scroll.top, scroll.height, rowHeight);
  const virtual = window.end - window.start < rows.length;

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

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    // Redraw only when the scroll crosses a row, not on every pixel.
    const top = Math.floor(el.scrollTop / rowHeight) * rowHeight;
    if (top !== scroll.top || el.clientHeight !== scroll.height) setScroll({ top, height: el.clientHeight });
  };

  useLayoutEffect(() => {
    if (!virtual) return;
    const measured = firstBodyRow.current?.querySelector('tr[role="row"]')?.getBoundingClientRect().height;
    if (measured && Math.abs(measured - rowHeight) > 0.5) setRowHeight(measured);
    const el = scroller.current;
    if (el && el.clientHeight && el.clientHeight !== scroll.height) setScroll((s) => ({ ...s, height: el.clientHeight }));
  }, [virtual, rowHeight, scroll.height]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const actor = rows[row];
    const topic = columns[col];
    if (!actor || !topic) return;
    const key = cellKey(actor.id, topic.id);
    // Found when needed rather than held by a ref per cell, which React would detach and attach on every draw.
    const cell = [...(scroller.current?.querySelectorAll<HTMLElement>('[role="gridcell"]') ?? [])].find((el) => el.dataset.key === key);
    cell?.focus();
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
      // A row outside the drawn window is drawn first, so there is a cell to move focus to.
      const top = scrollToReveal(next.row, window, scroll.height, rowHeight);
      if (top !== null && scroller.current) {
        scroller.current.scrollTop = top;
        setScroll((s) => ({ ...s, top }));
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
  const spacer = (rowCount: number) =>
    rowCount > 0 && (
      <tr className="matrix__spacer" aria-hidden="true">
        <td colSpan={columns.length + 1} style={{ height: rowCount * rowHeight }} />
      </tr>
    );
  return (
    <div className="matrix-scroll" ref={scroller} onScroll={virtual || rows.length > window.end ? onScroll : undefined}>
      <table
        role="grid"
        className={virtual ? 'matrix matrix--virtual' : 'matrix'}
        aria-label="Positions of actors on topics"
        aria-rowcount={rows.length + 1}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr role="row" aria-rowindex={1}>
            <td className="matrix__corner" role="columnheader">
              <span className="visually-hidden">Actor</span>
            </td>
            {columns.map((topic) => (
              <th
                key={topic.id}
                role="columnheader"
                scope="col"
                className={hoveredTopic === topic.id ? 'matrix__topic is-hovered' : 'matrix__topic'}
                title={topic.question}
                onMouseEnter={() => setHovered({ kind: 'topic', id: topic.id })}
                onMouseLeave={() => setHovered(null)}
              >
                <span>
                  <Link to={topicHref(topic.id)}>{topic.label}</Link>
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={firstBodyRow}>
          {spacer(window.start)}
          {rows.slice(window.start, window.end).map((actor, i) => {
            const r = window.start + i;
            return (
              <MatrixRow
                key={actor.id}
                actor={actor}
                row={r}
                columns={columns}
                cells={cells}
                tabColumn={r === row ? col : -1}
                selectedTopic={selected?.actor === actor.id ? selected.topic : null}
                hoveredTopic={hoveredTopic}
                isHovered={hovered?.kind === 'actor' && hovered.id === actor.id}
                onCell={onCell}
                onHover={onHover}
              />
            );
          })}
          {spacer(rows.length - window.end)}
        </tbody>
      </table>
    </div>
  );
}
