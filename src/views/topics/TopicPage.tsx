import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { StanceGlyph } from '../../charts/StanceGlyph';
import { tintBorderClass, tintClass } from '../../charts/stancePalette';
import { ReadingToggle } from '../../components/ReadingToggle';
import { useReadingIndex } from '../../components/useReadingIndex';
import { readingCount } from '../../model/reading';
import { stanceLabel } from '../../model/vocabulary';
import { useHoverStore } from '../../store/hoverStore';
import { PositionItem } from '../shared/PositionItem';
import { topicStances } from './topicStances';
import '../shared/entity.css';

export default function TopicPage() {
  const { id = '' } = useParams();
  const { index, all } = useReadingIndex();
  const view = useMemo(() => topicStances(index, id), [index, id]);
  const inferred = useMemo(() => readingCount(all.dataset.positions.filter((p) => p.topic === id)).inferred, [all, id]);
  const lit = useHoverStore((s) => s.hovered?.kind === 'topic' && s.hovered.id === id);
  const setHovered = useHoverStore((s) => s.setHovered);
  if (!view)
    return (
      <section className="page entity-page" aria-labelledby="topic-title">
        <h1 id="topic-title">No such topic</h1>
        <p className="notice" role="status">
          “{id}” names no topic in this dataset. <Link to="/">See the list of topics</Link>.
        </p>
      </section>
    );
  const { topic, groups, actorCount } = view;
  return (
    <section className="page entity-page" aria-labelledby="topic-title">
      <header className="page__header">
        <p className="kicker">Topic · {topic.group}</p>
        <h1 id="topic-title" className={lit ? 'is-linked' : undefined} onMouseEnter={() => setHovered({ kind: 'topic', id })} onMouseLeave={() => setHovered(null)}>
          {topic.label}
        </h1>
        <p className="page__lede">{topic.question}</p>
        <p>
          {actorCount} {actorCount === 1 ? 'actor takes' : 'actors take'} a position ·{' '}
          <Link to={`/matrix?topics=${encodeURIComponent(topic.id)}`}>In the matrix</Link> ·{' '}
          <Link to={`/article?topics=${encodeURIComponent(topic.id)}`}>Its evidence in the article</Link>
        </p>
        <ReadingToggle inferred={{ positions: inferred }} />
        {groups.length > 0 && (
          <ul className="stance-summary" aria-label="Positions by stance">
            {groups.map((g) => (
              <li key={g.stance} className={tintClass(g.stance)}>
                <StanceGlyph stance={g.stance} size={14} /> {stanceLabel[g.stance]}: {g.positions.length}
              </li>
            ))}
          </ul>
        )}
      </header>
      {groups.length === 0 && <p className="empty-state">No actor takes a recorded position on this topic.</p>}
      <div className="entity-body">
        {groups.map((g) => (
          <section key={g.stance} className="entity-section" aria-labelledby={`stance-${g.stance}`}>
            <h2 id={`stance-${g.stance}`} className={`stance-heading ${tintBorderClass(g.stance)}`}>
              <StanceGlyph stance={g.stance} /> {stanceLabel[g.stance]} <span className="entity-section__count">{g.positions.length}</span>
            </h2>
            <ul className="entity-list">
              {g.positions.map((p) => (
                <PositionItem key={p.id} index={index} position={p} show="actor" />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
