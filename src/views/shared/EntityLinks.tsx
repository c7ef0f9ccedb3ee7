import { Link } from 'react-router';
import { actorHref } from '../actors/actorState';
import { topicHref } from '../topics/topicState';
import { useHoverStore } from '../../store/hoverStore';

interface EntityLinkProps {
  id: string;
  label: string;
  className?: string;
}

/** A link that lights up the actor or topic in every visible view while pointed at or focused, and shows it lit. */
function useLinked(kind: 'actor' | 'topic', id: string) {
  const lit = useHoverStore((s) => s.hovered?.kind === kind && s.hovered.id === id);
  const setHovered = useHoverStore((s) => s.setHovered);
  const on = () => setHovered({ kind, id });
  const off = () => setHovered(null);
  return { lit, handlers: { onMouseEnter: on, onMouseLeave: off, onFocus: on, onBlur: off } };
}

export function ActorLink({ id, label, className }: EntityLinkProps) {
  const { lit, handlers } = useLinked('actor', id);
  return (
    <Link to={actorHref(id)} className={[className, 'entity-link', lit && 'is-linked'].filter(Boolean).join(' ')} {...handlers}>
      {label}
    </Link>
  );
}

export function TopicLink({ id, label, className }: EntityLinkProps) {
  const { lit, handlers } = useLinked('topic', id);
  return (
    <Link to={topicHref(id)} className={[className, 'entity-link', lit && 'is-linked'].filter(Boolean).join(' ')} {...handlers}>
      {label}
    </Link>
  );
}
