import { formatDay } from '../../model/formatDay';
import { memo, type MouseEvent } from 'react';
import { UNCONFIRMED_NOTE, unconfirmedClass, unconfirmedWords } from '../../charts/UnconfirmedMark';
import { isUnconfirmed } from '../../model/drafts';
import { cellKey } from '../../model/indexDataset';
import type { MatrixView } from '../../model/matrixSelectors';
import type { Actor, Position, Topic } from '../../model/schema';
import { READING_WORDS } from '../../charts/readingMark';
import { certaintyLabel, stanceLabel } from '../../model/vocabulary';
import { ActorHeader } from './ActorHeader';
import { RowMarks } from './RowMarks';
import { sameItems } from './sameItems';
import type { ChangedCells } from './useMatrixAsOf';
import type { AxisWindow } from './virtualWindow';

const changeWords = { new: 'new', shifted: 'shifted', reversed: 'reversed', same: 'unchanged' } as const;

function describeCell(positions: Position[] | undefined): string {
  if (!positions?.length) return 'no recorded position';
  const parts = positions.map((p) => `${stanceLabel[p.stance]} (${certaintyLabel[p.certainty].toLowerCase()}${p.reading === 'inferred' ? `, ${READING_WORDS}` : ''})${unconfirmedWords(p)}`);
  return positions.length > 1 ? `${positions.length} positions: ${parts.join('; ')}` : parts[0]!;
}

interface MatrixRowProps {
  actor: Actor;
  /** The row's place among all rows (0-based), drawn or not. */
  row: number;
  columns: Topic[];
  /** The columns drawn; the others are stood in for by one empty cell on each side. */
  drawn: AxisWindow;
  /** Width of a topic column in pixels: the row's marks are one SVG layer over its cells. */
  columnWidth: number;
  cell: MatrixView['cell'];
  /** The column holding the grid's one tab stop, or -1 when it is in another row. */
  tabColumn: number;
  /** The open cell's topic, when it is in this row. */
  selectedTopic: string | null;
  hoveredTopic: string | null;
  isHovered: boolean;
  onCell: (row: number, col: number) => void;
  onHover: (target: { kind: 'actor' | 'topic'; id: string } | null) => void;
  changed: ChangedCells | null;
}

/** Same drawn cells, position by position: a stance filter builds new arrays even for cells it leaves as they were. */
function sameCells(a: MatrixRowProps, b: MatrixRowProps): boolean {
  if (a.cell === b.cell) return true;
  for (const topic of b.columns.slice(b.drawn.start, b.drawn.end)) {
    const x = a.cell(a.actor.id, topic.id);
    const y = b.cell(b.actor.id, topic.id);
    if (x !== y && (!x || !y || !sameItems(x, y))) return false;
  }
  return true;
}

const sameRow = (a: MatrixRowProps, b: MatrixRowProps) =>
  a.actor === b.actor &&
  a.row === b.row &&
  sameItems(a.columns, b.columns) &&
  a.drawn.start === b.drawn.start &&
  a.drawn.end === b.drawn.end &&
  a.columnWidth === b.columnWidth &&
  a.tabColumn === b.tabColumn &&
  a.selectedTopic === b.selectedTopic &&
  a.hoveredTopic === b.hoveredTopic &&
  a.isHovered === b.isHovered &&
  a.onCell === b.onCell &&
  a.onHover === b.onHover &&
  a.changed === b.changed &&
  sameCells(a, b);

/**
 * One actor's row. Memoised, and compared cell by cell, so a filter or hover change redraws just the rows
 * it touches. The row's marks are drawn as a few SVG paths over its cells (RowMarks), not an element or
 * image per cell.
 */
export const MatrixRow = memo(function MatrixRow({ actor, row, columns, drawn, columnWidth, cell, tabColumn, selectedTopic, hoveredTopic, isHovered, onCell, onHover, changed }: MatrixRowProps) {
  // One handler for the row rather than one per cell.
  const onClick = (event: MouseEvent) => {
    const cell = (event.target as Element).closest<HTMLElement>('[role="gridcell"]');
    const colIndex = Number(cell?.getAttribute('aria-colindex'));
    if (colIndex >= 2) onCell(row, colIndex - 2);
  };
  const drawnTopics = columns.slice(drawn.start, drawn.end);
  const drawnCells = drawnTopics.map((topic) => cell(actor.id, topic.id));
  // Once per row: formatting a date costs more than all the rest of a cell's label.
  const since = changed && formatDay(changed.since);
  return (
    <tr role="row" aria-rowindex={row + 2} className={isHovered ? 'is-hovered' : undefined} onClick={onClick}>
      <ActorHeader actor={actor} onHover={onHover} />
      {drawn.start > 0 && <td className="matrix__gap" aria-hidden="true" />}
      {drawnTopics.map((topic, i) => {
        const c = drawn.start + i;
        const key = cellKey(actor.id, topic.id);
        const positions = drawnCells[i];
        const isSelected = selectedTopic === topic.id;
        const drafted = positions?.find(isUnconfirmed);
        const change = changed?.cells.get(key);
        return (
          <td
            // By place, as the rows are: a filter that drops a column rewrites cells rather than rebuilding them.
            key={i}
            role="gridcell"
            tabIndex={c === tabColumn ? 0 : -1}
            data-key={key}
            aria-colindex={c + 2}
            aria-selected={isSelected}
            aria-label={`${actor.name}, ${topic.label}: ${describeCell(positions)}${change ? `; ${changeWords[change]} since ${since}` : ''}`}
            title={drafted && UNCONFIRMED_NOTE}
            data-change={change}
            className={`matrix__cell${unconfirmedClass(drafted)}${positions?.length ? '' : ' is-empty'}${change ? ' is-changed' : ''}${isSelected ? ' is-selected' : ''}${hoveredTopic === topic.id ? ' is-hovered' : ''}${i === 0 ? ' holds-marks' : ''}`}
          >
            {i === 0 && <RowMarks cells={drawnCells} columnWidth={columnWidth} />}
          </td>
        );
      })}
      {drawn.end < columns.length && <td className="matrix__gap" aria-hidden="true" />}
    </tr>
  );
}, sameRow);
