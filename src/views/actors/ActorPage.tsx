import { DataText } from '../../components/DataText';
import { UnconfirmedTag } from '../../charts/UnconfirmedMark';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ReadingToggle } from '../../components/ReadingToggle';
import { useReadingIndex } from '../../components/useReadingIndex';
import { readingCount } from '../../model/reading';
import type { Relation } from '../../model/schema';
import { articleHref } from '../../url/articleLink';
import { actorProfile } from './actorProfile';
import { ActorSections } from './ActorSections';
import { TopicLink } from '../shared/EntityLinks';
import { useScrollToHash } from './useScrollToHash';
import '../shared/entity.css';

const kindLabel = { person: 'Person', state: 'State', organization: 'Organisation', group: 'Group' } as const;

export default function ActorPage() {
  const { id = '' } = useParams();
  const { index, all } = useReadingIndex();
  const profile = useMemo(() => actorProfile(index, id), [index, id]);
  const inferred = useMemo(() => {
    const involved = (r: Relation) => r.from === id || r.to === id;
    return { positions: readingCount(all.positionsByActor.get(id) ?? []).inferred, relations: readingCount(all.dataset.relations.filter(involved)).inferred };
  }, [all, id]);
  useScrollToHash();
  if (!profile)
    return (
      <section className="page entity-page" aria-labelledby="actor-title">
        <h1 id="actor-title">No such actor</h1>
        <p className="notice" role="status">
          “{id}” names no actor in this dataset. <Link to="/network">See every actor in the relations view</Link> or{' '}
          <Link to="/matrix">the position matrix</Link>.
        </p>
      </section>
    );
  const { actor, quotes } = profile;
  const jumps = [
    ['positions', 'Positions', profile.positions.length],
    ['figures', 'Figures', profile.figures.length],
    ['terms', 'Deals', profile.deals.length + profile.terms.length],
    ['events', 'Events', profile.events.length],
    ['relations', 'Relations', profile.relations.length],
    ['quotes', 'Quotes', quotes.length],
  ] as const;
  return (
    <section className="page entity-page" aria-labelledby="actor-title">
      <header className="page__header">
        <p className="kicker">
          {kindLabel[actor.kind]}
          {actor.historical && ' · historical'}
          <UnconfirmedTag datum={actor} />
        </p>
        <h1 id="actor-title"><DataText text={actor.name} /></h1>
        <p className="page__lede">
          {actor.role}
          {actor.country && ` · ${actor.country}`}
        </p>
        <dl className="facts">
          <dt>Called</dt>
          <dd>{actor.aliases.map((a) => `“${a}”`).join(', ')}</dd>
          <dt>Named</dt>
          <dd>
            {actor.evidence.length} times in the evidence · <Link to={articleHref('actor', actor.id)}>Show in article</Link>
          </dd>
        </dl>
        <nav aria-label="On this page" className="entity-jumps">
          {jumps.map(([hash, label, count]) => (
            <a key={hash} href={`#${hash}`}>
              {label} <span className="entity-section__count">{count}</span>
            </a>
          ))}
          <Link to={`/compare?actors=${encodeURIComponent(actor.id)}`}>Compare with…</Link>
        </nav>
        <ReadingToggle inferred={inferred} />
      </header>
      <div className="entity-body">
        <ActorSections index={index} profile={profile} />
        <section className="entity-section" aria-labelledby="quotes">
          <h2 id="quotes">
            In their own words <span className="entity-section__count">{quotes.length}</span>
          </h2>
          {quotes.length ? (
            <ul className="entity-list">
              {quotes.map(({ positions, span }) => (
                <li key={span.start} className="entity-item">
                  <blockquote className="own-words">“{span.exact}”</blockquote>
                  <p className="entity-item__meta">
                    On{' '}
                    {positions.map((p, i) => (
                      <span key={p.id}>
                        {i > 0 && ', '}
                        <TopicLink id={p.topic} label={index.topics.get(p.topic)?.label ?? p.topic} />
                      </span>
                    ))}{' '}
                    · <Link to={articleHref('position', positions[0]!.id)}>Show in article</Link>
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">The article quotes no position of theirs directly.</p>
          )}
        </section>
      </div>
    </section>
  );
}
