import { READING_WORDS } from '../../charts/readingMark';
import { ReadingSwatch } from '../../charts/ReadingSwatch';
import { StanceGlyph } from '../../charts/StanceGlyph';
import { tintClass } from '../../charts/stancePalette';
import { unconfirmedClass, UnconfirmedTag } from '../../charts/UnconfirmedMark';
import type { Actor } from '../../model/schema';
import { certaintyLabel, stanceLabel } from '../../model/vocabulary';
import { useHoverStore } from '../../store/hoverStore';
import { ActorLink, TopicLink } from '../shared/EntityLinks';
import type { CompareRow, RowStatus } from './compareSelectors';

const statusLabel: Record<RowStatus, { symbol: string; text: string }> = {
  agree: { symbol: '=', text: 'Agree' },
  differ: { symbol: '≠', text: 'Differ' },
  gap: { symbol: '–', text: 'Not all recorded' },
};

interface CompareTableProps {
  actors: Actor[];
  rows: CompareRow[];
  openTopic: string | null;
  onOpen: (topic: string) => void;
}

/** Topics down, chosen actors across; each cell the actor's lead stance, each row whether they agree. */
export function CompareTable({ actors, rows, openTopic, onOpen }: CompareTableProps) {
  const hovered = useHoverStore((s) => s.hovered);
  const lit = (kind: 'actor' | 'topic', id: string) => hovered?.kind === kind && hovered.id === id;
  return (
    <div className="compare-scroll">
      <table className="compare-table">
        <caption className="visually-hidden">Lead stance of each chosen actor on each topic, and whether they agree</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            {actors.map((a) => (
              <th key={a.id} scope="col" className={lit('actor', a.id) ? 'is-linked' : undefined}>
                <ActorLink id={a.id} label={a.name} />
              </th>
            ))}
            <th scope="col">Together</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.topic.id} className={`${lit('topic', row.topic.id) ? 'is-linked' : ''}${openTopic === row.topic.id ? ' is-open' : ''}`}>
              <th scope="row">
                <TopicLink id={row.topic.id} label={row.topic.label} />
              </th>
              {row.leads.map((lead, i) => (
                <td key={actors[i]!.id} className={lit('actor', actors[i]!.id) ? 'is-linked' : undefined}>
                  {lead ? (
                    <span className={`compare-cell ${tintClass(lead.stance)}${unconfirmedClass(lead)}`}>
                      <StanceGlyph stance={lead.stance} size={14} />
                      <span>
                        {stanceLabel[lead.stance]}
                        <span className="compare-cell__certainty">
                          {certaintyLabel[lead.certainty]}
                          {lead.reading === 'inferred' && (
                            <span className="compare-cell__reading">
                              <ReadingSwatch /> {READING_WORDS}
                            </span>
                          )}
                        </span>
                      </span>
                      <UnconfirmedTag datum={lead} />
                      {row.positions[i]!.length > 1 && <span className="count-badge" title={`${row.positions[i]!.length} positions`}>{row.positions[i]!.length}</span>}
                    </span>
                  ) : (
                    <span className="compare-cell compare-cell--none">No recorded position</span>
                  )}
                </td>
              ))}
              <td>
                <button type="button" className={`compare-status compare-status--${row.status}`} aria-pressed={openTopic === row.topic.id} onClick={() => onOpen(row.topic.id)}>
                  <span aria-hidden="true" className="compare-status__symbol">
                    {statusLabel[row.status].symbol}
                  </span>
                  {statusLabel[row.status].text}
                  <span className="visually-hidden">: show the evidence on {row.topic.label}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
