import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { cellKey } from '../../model/indexDataset';
import type { Actor, Topic } from '../../model/schema';
import { drawnCell } from './gridElements';

/**
 * The grid's one tab stop and its keys: arrows, Home/End (with Ctrl: the corners) and PageUp/PageDown
 * move it, Enter or Space opens the cell. `reveal` draws a cell outside the drawn part before focus moves there.
 */
export function useGridKeyboard(
  scroller: RefObject<HTMLElement | null>,
  rows: readonly Actor[],
  columns: readonly Topic[],
  reveal: (row: number, col: number) => void,
  open: (row: number, col: number) => void,
) {
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const moved = useRef(false);
  const row = Math.min(focus.row, rows.length - 1);
  const col = Math.min(focus.col, columns.length - 1);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const actor = rows[row];
    const topic = columns[col];
    if (!actor || !topic) return;
    if (scroller.current) drawnCell(scroller.current, cellKey(actor.id, topic.id))?.focus();
  }, [scroller, row, col, rows, columns]);

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
      reveal(next.row, next.col);
      moved.current = true;
      setFocus(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setFocus({ row, col });
      open(row, col);
    }
  };

  return { row, col, setFocus, onKeyDown };
}
