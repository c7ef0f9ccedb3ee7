import { Link } from 'react-router';
import { READING_WORDS } from '../../charts/readingMark';
import { ReadingSwatch } from '../../charts/ReadingSwatch';
import { articleHref } from '../../url/articleLink';
import type { DatasetIndex } from '../../model/indexDataset';
import { useHoverStore } from '../../store/hoverStore';
import { ActorLink } from '../shared/EntityLinks';
import { relationStyle } from './relationStyle';

interface RelationListProps {
  index: DatasetIndex;
  selected: string | null;
  onSelect: (relation: string) => void;
}

/** The graph's relations as a table, for keyboard and screen-reader users (and anyone who prefers reading). */
export function RelationList({ index, selected, onSelect }: RelationListProps) {
  const hovered = useHoverStore((s) => s.hovered);
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  return (
    <div className="relation-scroll">
      <table className="relation-table">
        <caption>Every relation in the article</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Relation</th>
            <th scope="col">With whom</th>
            <th scope="col">What the article says</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {index.dataset.relations.map((r) => {
            const style = relationStyle[r.kind];
            const lit = hovered?.kind === 'actor' && (hovered.id === r.from || hovered.id === r.to);
            return (
              <tr key={r.id} id={`relation-${r.id}`} className={`${lit ? 'is-linked' : ''}${selected === r.id ? ' is-selected' : ''}`}>
                <td>
                  <ActorLink id={r.from} label={name(r.from)} />
                </td>
                <td>
                  <span className="relation-kind">
                    <svg width="26" height="8" aria-hidden="true">
                      <line x1="1" y1="4" x2="25" y2="4" stroke={style.colour} strokeWidth="2" strokeDasharray={style.dash} />
                    </svg>
                    {style.label}
                  </span>
                  {r.status !== 'happened' && <span className="relation-status"> ({r.status})</span>}
                  {r.reading === 'inferred' && (
                    <span className="relation-status">
                      {' '}
                      <ReadingSwatch /> {READING_WORDS}
                    </span>
                  )}
                </td>
                <td>
                  <ActorLink id={r.to} label={name(r.to)} />
                </td>
                <td>{r.summary}</td>
                <td className="relation-table__actions">
                  <button type="button" className="toggle" aria-pressed={selected === r.id} onClick={() => onSelect(r.id)}>
                    Quotes<span className="visually-hidden">: {name(r.from)} {style.label} {name(r.to)}</span>
                  </button>
                  <Link to={articleHref('relation', r.id)}>
                    Show in article<span className="visually-hidden">: {name(r.from)} {style.label} {name(r.to)}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
