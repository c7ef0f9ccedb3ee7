import { memo, type MouseEvent } from 'react';
import { Link } from 'react-router';
import '../../charts/cell-mark.css';
import { actorHref } from '../../model/datums';
import { cellKey } from '../../model/indexDataset';
import { leadPosition } from '../../model/matrixSelectors';
import type { Actor, Position, Topic } from '../../model/schema';
import { certaintyLabel, stanceLabel } from '../../model/vocabulary';

export function describeCell(positions: Position[] | undefined): string {
  if (!positions?.length) return 'no recorded position';
  const parts = positions.map((p) => `${stanceLabel[p.stance]} (${certaintyLabel[p.certainty].toLowerCase()})`);
  return positions.length > 1 ? `${positions.length} positions: ${parts.join('; ')}` : parts[0]!;
}

interface MatrixRowProps {
  actor: Actor;
  /** The row's place among all rows (0-based), drawn or not. */
  row: number;
  columns: Topic[];
  cells: Map<string, Position[]>;
  /** The column holding the grid's one tab stop, or -1 when it is in another row. */
  tabColumn: number;
  /** The open cell's topic, when it is in this row. */
  selectedTopic: string | null;
  hoveredTopic: string | null;
  isHovered: boolean;
  onCell: (row: number, col: number) => void;
  onHover: (target: { kind: 'actor' | 'topic'; id: string } | null) => void;
}

/** Same cells, position by position: a filter builds new arrays even for cells it leaves as they were. */
function sameCells(a: MatrixRowProps, b: MatrixRowProps): boolean {
  if (a.cells === b.cells) return true;
  for (const topic of b.columns) {
    const key = cellKey(b.actor.id, topic.id);
    const x = a.cells.get(key);
    const y = b.cells.get(key);
    if (x === y) continue;
    if (!x || !y || x.length !== y.length || x.some((p, i) => p !== y[i])) return false;
  }
  return true;
}

const sameRow = (a: MatrixRowProps, b: MatrixRowProps) =>
  a.actor === b.actor &&
  a.row === b.row &&
  a.columns === b.columns &&
  a.tabColumn === b.tabColumn &&
  a.selectedTopic === b.selectedTopic &&
  a.hoveredTopic === b.hoveredTopic &&
  a.isHovered === b.isHovered &&
  a.onCell === b.onCell &&
  a.onHover === b.onHover &&
  sameCells(a, b);

/**
 * One actor's row. Memoised, and compared cell by cell, so a filter or hover change redraws just the rows
 * it touches. A cell's mark is one span whose classes draw the stance glyph and the certainty frame (see
 * cell-mark.css): no SVG elements, so a large grid is quick to build and paint.
 */
export const MatrixRow = memo(function MatrixRow({ actor, row, columns, cells, tabColumn, selectedTopic, hoveredTopic, isHovered, onCell, onHover }: MatrixRowProps) {
  // One handler for the row rather than one per cell.
  const onClick = (event: MouseEvent) => {
    const cell = (event.target as Element).closest<HTMLElement>('[role="gridcell"]');
    if (cell?.dataset.col) onCell(row, Number(cell.dataset.col));
  };
  return (
    <tr role="row" aria-rowindex={row + 2} className={isHovered ? 'is-hovered' : undefined} onClick={onClick}>
      <th role="rowheader" scope="row" className="matrix__actor" onMouseEnter={() => onHover({ kind: 'actor', id: actor.id })} onMouseLeave={() => onHover(null)}>
        <Link to={actorHref(actor.id)} className="matrix__actor-name">
          {actor.name}
        </Link>
        <span className="matrix__actor-role">
          {actor.historical ? 'Historical · ' : ''}
          {actor.role}
        </span>
      </th>
      {columns.map((topic, c) => {
        const key = cellKey(actor.id, topic.id);
        const positions = cells.get(key);
        const lead = positions && leadPosition(positions);
        const isSelected = selectedTopic === topic.id;
        return (
          <td
            key={topic.id}
            role="gridcell"
            tabIndex={c === tabColumn ? 0 : -1}
            data-key={key}
            data-col={c}
            aria-selected={isSelected}
            aria-label={`${actor.name}, ${topic.label}: ${describeCell(positions)}`}
            className={`matrix__cell${lead ? '' : ' is-empty'}${isSelected ? ' is-selected' : ''}${hoveredTopic === topic.id ? ' is-hovered' : ''}`}
          >
            {lead && (
              <span className={`cell-mark stance-${lead.stance} certainty-${lead.certainty}`}>
                {positions.length > 1 && <span className="count-badge">{positions.length}</span>}
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
}, sameRow);
