import { memo } from 'react';
import { Link } from 'react-router';
import { StanceGlyph } from '../../charts/StanceGlyph';
import { certaintyDash, stanceTint } from '../../charts/stancePalette';
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
  cellRef: (key: string, el: HTMLTableCellElement | null) => void;
  onHover: (target: { kind: 'actor' | 'topic'; id: string } | null) => void;
}

/**
 * One actor's row. Memoised, and given only values that change when this row must redraw, so a filter
 * or hover change redraws just the rows it touches.
 */
export const MatrixRow = memo(function MatrixRow({ actor, row, columns, cells, tabColumn, selectedTopic, hoveredTopic, isHovered, onCell, cellRef, onHover }: MatrixRowProps) {
  return (
    <tr role="row" aria-rowindex={row + 2} className={isHovered ? 'is-hovered' : undefined}>
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
            ref={(el) => cellRef(key, el)}
            tabIndex={c === tabColumn ? 0 : -1}
            data-key={key}
            aria-selected={isSelected}
            aria-label={`${actor.name}, ${topic.label}: ${describeCell(positions)}`}
            className={`matrix__cell${lead ? '' : ' is-empty'}${isSelected ? ' is-selected' : ''}${hoveredTopic === topic.id ? ' is-hovered' : ''}`}
            onClick={() => onCell(row, c)}
          >
            {lead && (
              <span className="cell-mark" style={{ background: stanceTint[lead.stance] }}>
                <svg className="cell-mark__frame" viewBox="0 0 40 28" preserveAspectRatio="none" aria-hidden="true">
                  <rect x="1" y="1" width="38" height="26" rx="5" fill="none" stroke="#2b2b2b" strokeWidth="1.6" strokeDasharray={certaintyDash[lead.certainty]} vectorEffect="non-scaling-stroke" />
                </svg>
                <StanceGlyph stance={lead.stance} size={18} />
                {positions.length > 1 && <span className="count-badge">{positions.length}</span>}
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
});
