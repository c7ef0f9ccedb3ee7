import { useCallback, useLayoutEffect, useRef } from 'react';
import type { MatrixView } from '../../model/matrixSelectors';
import { useHoverStore, type HoverTarget } from '../../store/hoverStore';
import { MatrixHeader } from './MatrixHeader';
import { MatrixRow } from './MatrixRow';
import { useGridKeyboard } from './useGridKeyboard';
import { useGridViewport } from './useGridViewport';
import type { ChangedCells } from './useMatrixAsOf';
import { useOpenCellInView } from './useOpenCellInView';
import { isLargeGrid } from './virtualWindow';
import './matrix-grid.css';

interface MatrixGridProps {
  view: MatrixView;
  selected: { actor: string; topic: string } | null;
  /** In a story: cells whose position changed since an earlier source, marked as such. */
  changed?: ChangedCells | null;
  onOpen: (actor: string, topic: string) => void;
  /**
   * Rows and columns of the whole matrix, before any filter (the view's own by default). They decide
   * whether it is drawn in part, so that a filter never switches a matrix between drawn whole and in part.
   */
  whole?: { rows: number; columns: number };
}

/**
 * The actor × topic matrix as an ARIA grid: one tab stop, arrow keys move, Enter opens a cell. A large
 * matrix draws only the rows and columns in view, and stands in for the rest with empty space;
 * aria-rowcount, aria-colcount and the indexes on each cell keep the true sizes.
 */
export function MatrixGrid({ view, selected, changed = null, onOpen, whole }: MatrixGridProps) {
  const { rows, columns, cell } = view;
  const large = isLargeGrid(whole?.rows ?? rows.length, whole?.columns ?? columns.length);
  const hovered = useHoverStore((s) => s.hovered);
  const setHovered = useHoverStore((s) => s.setHovered);
  const { scroller, table, size, rowsDrawn, columnsDrawn, readViewport, reveal } = useGridViewport(rows.length, columns.length, large);
  useOpenCellInView(scroller, selected, rows, columns, size);

  // The handlers rows receive stay the same across renders, so memoised rows redraw only when their data changes.
  const latest = useRef({ rows, columns, onOpen });
  useLayoutEffect(() => {
    latest.current = { rows, columns, onOpen };
  });
  const openCell = useCallback((r: number, c: number) => {
    const { rows, columns, onOpen } = latest.current;
    const actor = rows[r];
    const topic = columns[c];
    if (actor && topic) onOpen(actor.id, topic.id);
  }, []);
  const { row, col, setFocus, onKeyDown } = useGridKeyboard(scroller, rows, columns, reveal, openCell);
  const onCell = useCallback(
    (r: number, c: number) => {
      setFocus({ row: r, col: c });
      openCell(r, c);
    },
    [setFocus, openCell],
  );
  const onHover = useCallback((target: HoverTarget) => setHovered(target), [setHovered]);

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
                // Keyed by place in the drawn window, not by actor, so a filter that drops, adds or reorders
                // rows updates the same row elements in place rather than building new ones.
                key={i}
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
                changed={changed}
              />
            );
          })}
          {rowGap(rows.length - rowsDrawn.end)}
        </tbody>
      </table>
    </div>
  );
}
