import { EvidenceQuote } from '../../charts/EvidenceQuote';
import { ReadingNote } from '../../charts/ReadingNote';
import { StanceGlyph } from '../../charts/StanceGlyph';
import { unconfirmedClass, UnconfirmedTag } from '../../charts/UnconfirmedMark';
import type { DatasetIndex } from '../../model/indexDataset';
import type { Position } from '../../model/schema';
import { basisLabel, certaintyLabel, stanceLabel } from '../../model/vocabulary';
import { ActorLink, TopicLink } from './EntityLinks';

interface PositionItemProps {
  index: DatasetIndex;
  position: Position;
  /** Name the actor (on a topic's page) or the topic (on an actor's page). */
  show: 'actor' | 'topic';
}

/** One position with its stance, how firmly and how we know, and its words in the article. */
export function PositionItem({ index, position, show }: PositionItemProps) {
  const actor = index.actors.get(position.actor);
  const topic = index.topics.get(position.topic);
  return (
    <li className={`entity-item${unconfirmedClass(position)}`} id={`position-${position.id}`}>
      <p className="entity-item__head">
        <StanceGlyph stance={position.stance} />
        {show === 'topic' ? <TopicLink id={position.topic} label={topic?.label ?? position.topic} /> : <ActorLink id={position.actor} label={actor?.name ?? position.actor} />}
        <span className="entity-item__meta">
          {stanceLabel[position.stance]} · {certaintyLabel[position.certainty]} · {basisLabel[position.basis]}
        </span>
        <UnconfirmedTag datum={position} />
      </p>
      <p className="entity-item__summary">{position.summary}</p>
      <ReadingNote datum={position} />
      {position.evidence.map((span) => (
        <EvidenceQuote key={`${span.start}-${span.end}`} span={span} datum={{ kind: 'position', id: position.id }} />
      ))}
    </li>
  );
}
