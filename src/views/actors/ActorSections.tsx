import type { ReactNode } from 'react';
import { unconfirmedClass, UnconfirmedTag } from '../../charts/UnconfirmedMark';
import { EvidenceQuote } from '../../charts/EvidenceQuote';
import { ReadingNote } from '../../charts/ReadingNote';
import type { DatasetIndex } from '../../model/indexDataset';
import { formatAmount } from '../../model/figureFormat';
import type { ActorProfile } from './actorProfile';
import { ActorLink } from '../shared/EntityLinks';
import { PositionItem } from '../shared/PositionItem';
import { Link } from 'react-router';

interface SectionProps {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}

function Section({ id, title, count, empty, children }: SectionProps) {
  return (
    <section className="entity-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="entity-section__count">{count}</span>
      </h2>
      {count ? <ul className="entity-list">{children}</ul> : <p className="empty">{empty}</p>}
    </section>
  );
}

/** The actor's positions, figures, deal terms, events and relations, each with its words in the article. */
export function ActorSections({ index, profile }: { index: DatasetIndex; profile: ActorProfile }) {
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  const { actor } = profile;
  return (
    <>
      <Section id="positions" title="Positions" count={profile.positions.length} empty={`The article records no position of ${actor.name}.`}>
        {profile.positions.map((p) => (
          <PositionItem key={p.id} index={index} position={p} show="topic" />
        ))}
      </Section>
      <Section id="figures" title="Figures" count={profile.figures.length} empty="No figure given by or asked of them.">
        {profile.figures.map((f) => (
          <li key={f.id} id={`figure-${f.id}`} className={`entity-item${unconfirmedClass(f)}`}>
            <p className="entity-item__head">
              <strong>{f.label}</strong>
              <span className="entity-item__value">{formatAmount(f.quantity)}</span>
              <UnconfirmedTag datum={f} />
              <span className="entity-item__meta">
                {f.status}
                {f.time && ` · ${f.time.phrase}`}
                {f.actor !== actor.id && <> · given by <ActorLink id={f.actor} label={name(f.actor)} /></>}
                {f.appliesTo && f.appliesTo !== actor.id && <> · applies to <ActorLink id={f.appliesTo} label={name(f.appliesTo)} /></>}
              </span>
            </p>
            {f.evidence.map((span) => (
              <EvidenceQuote key={span.start} span={span} datum={{ kind: 'figure', id: f.id }} />
            ))}
          </li>
        ))}
      </Section>
      <Section id="terms" title="Deals and their terms" count={profile.deals.length + profile.terms.length} empty="No deal or term involves them.">
        {profile.deals.map((deal) => (
          <li key={deal.id} id={`deal-${deal.id}`} className="entity-item">
            <p className="entity-item__head">
              <strong>{deal.label}</strong>
              <span className="entity-item__meta">party to the deal</span>
            </p>
            <p className="entity-item__summary">{deal.summary}</p>
            <EvidenceQuote span={deal.evidence[0]!} datum={{ kind: 'deal', id: deal.id }} />
          </li>
        ))}
        {profile.terms.map(({ term, role }) => (
          <li key={`${term.id}-${role}`} id={`term-${term.id}`} className="entity-item">
            <p className="entity-item__head">
              <strong>{term.label}</strong>
              <span className="entity-item__meta">
                {role === 'backs' ? 'Backs this term' : 'Contests this term'} · {term.status.replace(/-/g, ' ')}
                {term.quantity && ` · ${formatAmount(term.quantity)}`}
              </span>
            </p>
            <p className="entity-item__summary">{term.description}</p>
            {term.evidence.map((span) => (
              <EvidenceQuote key={span.start} span={span} datum={{ kind: 'dealTerm', id: term.id }} />
            ))}
          </li>
        ))}
      </Section>
      <Section id="events" title="Events" count={profile.events.length} empty="No dated event involves them.">
        {profile.events.map((e) => (
          <li key={e.id} className={`entity-item${unconfirmedClass(e)}`}>
            <p className="entity-item__head">
              <Link to={`/events?event=${encodeURIComponent(e.id)}`}>{e.label}</Link>
              <UnconfirmedTag datum={e} />
              <span className="entity-item__meta">
                {e.date.value} ({e.date.precision})
              </span>
            </p>
            <EvidenceQuote span={e.evidence[0]!} datum={{ kind: 'event', id: e.id }} />
          </li>
        ))}
      </Section>
      <Section id="relations" title="Relations" count={profile.relations.length} empty="No relation with another actor is recorded.">
        {profile.relations.map(({ relation, other, direction }) => (
          <li key={relation.id} className="entity-item">
            <p className="entity-item__head">
              {direction === 'from' ? (
                <span>
                  {actor.name} <em>{relation.kind.replace(/-/g, ' ')}</em> <ActorLink id={other} label={name(other)} />
                </span>
              ) : (
                <span>
                  <ActorLink id={other} label={name(other)} /> <em>{relation.kind.replace(/-/g, ' ')}</em> {actor.name}
                </span>
              )}
              <Link className="entity-item__meta" to={`/network?relation=${encodeURIComponent(relation.id)}`}>
                in the network
              </Link>
            </p>
            <p className="entity-item__summary">{relation.summary}</p>
            <ReadingNote datum={relation} />
            {relation.evidence.map((span) => (
              <EvidenceQuote key={span.start} span={span} datum={{ kind: 'relation', id: relation.id }} />
            ))}
          </li>
        ))}
      </Section>
    </>
  );
}
