import { useEffect, type RefObject } from 'react';
import { cellKey } from '../../model/indexDataset';
import type { Actor, Topic } from '../../model/schema';
import { drawnCell, scrollGrid } from './gridElements';
import type { GridSizes } from './useGridViewport';
import { revealOffset } from './virtualWindow';

/** Keeps an opened cell in sight: opening the panel narrows the grid, and a link may open a far cell. */
export function useOpenCellInView(
  scroller: RefObject<HTMLElement | null>,
  selected: { actor: string; topic: string } | null,
  rows: readonly Actor[],
  columns: readonly Topic[],
  size: GridSizes,
) {
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
    scrollGrid(el, r >= 0 ? revealOffset(r, el.clientHeight, size.row) : null, c >= 0 ? revealOffset(c, el.clientWidth - size.actorColumn, size.column) : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when another cell is opened, not on every filter change
  }, [selectedKey]);
}
