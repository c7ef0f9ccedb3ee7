import { DataText } from '../../components/DataText';
import { memo } from 'react';
import { UnconfirmedTag } from '../../charts/UnconfirmedMark';
import { Link } from 'react-router';
import { actorHref } from '../actors/actorState';
import type { Actor } from '../../model/schema';

interface ActorHeaderProps {
  actor: Actor;
  onHover: (target: { kind: 'actor'; id: string } | null) => void;
}

/**
 * A row's header: the actor's name, a link to its page, and its role. Memoised apart from the row, as a
 * filter redraws a row's cells but never its header, and links are costly to redraw.
 */
export const ActorHeader = memo(function ActorHeader({ actor, onHover }: ActorHeaderProps) {
  return (
    <th role="rowheader" scope="row" aria-colindex={1} className="matrix__actor" onMouseEnter={() => onHover({ kind: 'actor', id: actor.id })} onMouseLeave={() => onHover(null)}>
      <Link to={actorHref(actor.id)} className="matrix__actor-name">
        <DataText text={actor.name} />
      </Link>
      <span className="matrix__actor-role">
        {actor.historical ? 'Historical · ' : ''}
        {actor.role}
      </span>
      <UnconfirmedTag datum={actor} />
    </th>
  );
});
