import { memo } from 'react';
import { Link } from 'react-router';
import { topicHref } from '../topics/topicState';
import type { Topic } from '../../model/schema';
import { sameItems } from './sameItems';
import type { AxisWindow } from './virtualWindow';

interface MatrixHeaderProps {
  columns: Topic[];
  /** The columns drawn; the others are stood in for by one empty cell on each side. */
  drawn: AxisWindow;
  /** Width of one topic column in pixels, for the stand-in cells of a large matrix. */
  columnWidth: number;
  hoveredTopic: string | null;
  onHover: (target: { kind: 'topic'; id: string } | null) => void;
}

const sameHeader = (a: MatrixHeaderProps, b: MatrixHeaderProps) =>
  a.drawn.start === b.drawn.start &&
  a.drawn.end === b.drawn.end &&
  a.columnWidth === b.columnWidth &&
  a.hoveredTopic === b.hoveredTopic &&
  a.onHover === b.onHover &&
  sameItems(a.columns, b.columns);

/** The row of topic headers, each a link to its topic page; memoised because its links are costly to redraw. */
export const MatrixHeader = memo(function MatrixHeader({ columns, drawn, columnWidth, hoveredTopic, onHover }: MatrixHeaderProps) {
  return (
    <tr role="row" aria-rowindex={1}>
      <td className="matrix__corner" role="columnheader" aria-colindex={1}>
        <span className="visually-hidden">Actor</span>
      </td>
      {drawn.start > 0 && <td className="matrix__gap" aria-hidden="true" style={{ width: drawn.start * columnWidth }} />}
      {columns.slice(drawn.start, drawn.end).map((topic, i) => (
        <th
          key={topic.id}
          role="columnheader"
          scope="col"
          aria-colindex={drawn.start + i + 2}
          className={hoveredTopic === topic.id ? 'matrix__topic is-hovered' : 'matrix__topic'}
          title={topic.question}
          onMouseEnter={() => onHover({ kind: 'topic', id: topic.id })}
          onMouseLeave={() => onHover(null)}
        >
          <span>
            <Link to={topicHref(topic.id)}>{topic.label}</Link>
          </span>
        </th>
      ))}
      {drawn.end < columns.length && (
        <td className="matrix__gap" aria-hidden="true" style={{ width: (columns.length - drawn.end) * columnWidth }} />
      )}
    </tr>
  );
}, sameHeader);
