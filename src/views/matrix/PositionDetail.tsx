import { Link } from 'react-router';
import { UnconfirmedTag } from '../../charts/UnconfirmedMark';
import { EvidenceList } from '../../charts/EvidenceList';
import { ReadingNote } from '../../charts/ReadingNote';
import { StanceGlyph } from '../../charts/StanceGlyph';
import { cellKey, type DatasetIndex } from '../../model/indexDataset';
import type { Position } from '../../model/schema';
import { basisLabel, certaintyLabel, stanceLabel } from '../../model/vocabulary';

interface PositionDetailProps {
  index: DatasetIndex;
  positions: readonly Position[];
  /** Link to another cell of the matrix, keeping the filters. */
  cellHref: (actor: string, topic: string) => string;
}

/** Everything we know about one actor's position(s) on one topic, with the words that tell us. */
export function PositionDetail({ index, positions, cellHref }: PositionDetailProps) {
  if (!positions.length) return <p className="empty">The article records no position of this actor on this topic.</p>;
  return (
    <ol className="position-list">
      {positions.map((position) => (
        <li key={position.id} className="position">
          <p className="position__stance">
            <StanceGlyph stance={position.stance} /> <strong>{stanceLabel[position.stance]}</strong>
            <UnconfirmedTag datum={position} />
          </p>
          <p className="position__summary">{position.summary}</p>
          <ReadingNote datum={position} />
          <dl className="facts">
            <dt>Certainty</dt>
            <dd>{certaintyLabel[position.certainty]}</dd>
            <dt>How we know</dt>
            <dd>{basisLabel[position.basis]}</dd>
            <dt>Depends on</dt>
            <dd>
              {position.conditions.length ? (
                <ul className="plain-list">
                  {position.conditions.map((id) => {
                    const condition = index.positions.get(id);
                    if (!condition) return <li key={id}>{id}</li>;
                    const actor = index.actors.get(condition.actor)?.name ?? condition.actor;
                    const topic = index.topics.get(condition.topic)?.label ?? condition.topic;
                    return (
                      <li key={id}>
                        <Link to={cellHref(condition.actor, condition.topic)} data-cell={cellKey(condition.actor, condition.topic)}>
                          {actor} on {topic}
                        </Link>
                        : {condition.summary}
                      </li>
                    );
                  })}
                </ul>
              ) : (
                'No other position'
              )}
            </dd>
          </dl>
          <EvidenceList evidence={position.evidence} datum={{ kind: 'position', id: position.id }} />
        </li>
      ))}
    </ol>
  );
}
