import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { StanceGlyph } from '../../charts/StanceGlyph';
import { certaintyDash, stanceTint } from '../../charts/stancePalette';
import { actorHref, topicHref } from '../../model/datums';
import { cellKey } from '../../model/indexDataset';
import { leadPosition, type MatrixView } from '../../model/matrixSelectors';
import type { Position } from '../../model/schema';
import { certaintyLabel, stanceLabel } from '../../model/vocabulary';
import { useAppStore } from '../../store/appStore';

interface MatrixGridProps {
  view: MatrixView;
  selected: { actor: string; topic: string } | null;
  onOpen: (actor: string, topic: string) => void;
}

function describeCell(positions: Position[] | undefined): string {
  if (!positions?.length) return 'no recorded position';
  const parts = positions.map((p) => `${stanceLabel[p.stance]} (${certaintyLabel[p.certainty].toLowerCase()})`);
  return positions.length > 1 ? `${positions.length} positions: ${parts.join('; ')}` : parts[0]!;
}

/** The actor × topic matrix as an ARIA grid: one tab stop, arrow keys move, Enter opens a cell. */
export function MatrixGrid({ view, selected, onOpen }: MatrixGridProps) {
  const { rows, columns, cells } = view;
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const cellRefs = useRef(new Map<string, HTMLTableCellElement>());
  const moved = useRef(false);
  const hovered = useAppStore((s) => s.hovered);
  const setHovered = useAppStore((s) => s.setHovered);
  const row = Math.min(focus.row, rows.length - 1);
  const col = Math.min(focus.col, columns.length - 1);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const actor = rows[row];
    const topic = columns[col];
    if (actor && topic) cellRefs.current.get(cellKey(actor.id, topic.id))?.focus();
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
      moved.current = true;
      setFocus(move());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const actor = rows[row];
      const topic = columns[col];
      if (actor && topic) onOpen(actor.id, topic.id);
    }
  };

  if (!rows.length || !columns.length) return null;
  return (
    <div className="matrix-scroll">
      <table role="grid" className="matrix" aria-label="Positions of actors on topics" aria-rowcount={rows.length + 1} onKeyDown={onKeyDown}>
        <thead>
          <tr role="row">
            <td className="matrix__corner" role="columnheader">
              <span className="visually-hidden">Actor</span>
            </td>
            {columns.map((topic) => (
              <th
                key={topic.id}
                role="columnheader"
                scope="col"
                className={hovered?.kind === 'topic' && hovered.id === topic.id ? 'matrix__topic is-hovered' : 'matrix__topic'}
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
        <tbody>
          {rows.map((actor, r) => (
            <tr key={actor.id} role="row" className={hovered?.kind === 'actor' && hovered.id === actor.id ? 'is-hovered' : undefined}>
              <th
                role="rowheader"
                scope="row"
                className="matrix__actor"
                onMouseEnter={() => setHovered({ kind: 'actor', id: actor.id })}
                onMouseLeave={() => setHovered(null)}
              >
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
                const isSelected = selected?.actor === actor.id && selected.topic === topic.id;
                return (
                  <td
                    key={topic.id}
                    role="gridcell"
                    ref={(el) => {
                      if (el) cellRefs.current.set(key, el);
                      else cellRefs.current.delete(key);
                    }}
                    tabIndex={r === row && c === col ? 0 : -1}
                    data-key={key}
                    aria-selected={isSelected}
                    aria-label={`${actor.name}, ${topic.label}: ${describeCell(positions)}`}
                    className={`matrix__cell${lead ? '' : ' is-empty'}${isSelected ? ' is-selected' : ''}${hovered?.kind === 'topic' && hovered.id === topic.id ? ' is-hovered' : ''}`}
                    onClick={() => {
                      setFocus({ row: r, col: c });
                      onOpen(actor.id, topic.id);
                    }}
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
