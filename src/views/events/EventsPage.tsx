import { useEffect, useMemo } from 'react';
import { unconfirmedClass, UnconfirmedTag } from '../../charts/UnconfirmedMark';
import { EvidenceQuote } from '../../charts/EvidenceQuote';
import { DroppedNotice } from '../../components/DroppedNotice';
import { useDatasetIndex } from '../../data/useDatasetIndex';
import type { StanceEvent } from '../../model/schema';
import { useUrlState } from '../../url/useUrlState';
import { ActorLink } from '../shared/EntityLinks';
import { buildTimeline } from './eventTimeline';
import { parseEventsParams, writeEventsParams } from './eventsState';
import { formatDayRange } from '../../model/formatDay';
import { TimelineStrip } from './TimelineStrip';
import '../shared/entity.css';
import './events.css';

const precisionLabel: Record<StanceEvent['date']['precision'], string> = {
  day: 'Exact day',
  week: 'Some day in this week',
  month: 'Some day in this month',
  year: 'Some time in this year',
};
const derivationLabel: Record<StanceEvent['date']['derivation'], string> = {
  stated: 'Stated in the text',
  'resolved-weekday': 'Weekday resolved against the publication date',
  'resolved-relative': 'Relative phrase resolved against the publication date',
  'outside-knowledge': 'From knowledge outside the article',
};
const dateFormats = {
  day: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  week: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};
const formatDate = ({ date }: StanceEvent) => `${date.precision === 'week' ? 'Week of ' : ''}${dateFormats[date.precision].format(new Date(`${date.value}T00:00:00Z`))}`;

export default function EventsPage() {
  const index = useDatasetIndex();
  const timeline = useMemo(() => buildTimeline(index.dataset.events), [index]);
  const near = timeline.bars.map((b) => b.event).sort((a, b) => a.date.value.localeCompare(b.date.value));
  const numberOf = new Map(near.map((e, i) => [e.id, i + 1]));
  const { state, dropped, update } = useUrlState(index.events, parseEventsParams, writeEventsParams);
  const selected = state.event;
  const select = (id: string | null) => update({ event: id });

  useEffect(() => {
    if (!selected) return;
    const card = document.getElementById(`event-${selected}`);
    card?.scrollIntoView({ block: 'center' });
    card?.focus({ preventScroll: true });
  }, [selected]);

  const card = (event: StanceEvent) => (
    <li key={event.id} id={`event-${event.id}`} tabIndex={-1} className={`entity-item event-card${unconfirmedClass(event)}${selected === event.id ? ' is-selected' : ''}`}>
      <p className="entity-item__head">
        {numberOf.has(event.id) && <span className="event-card__num">{numberOf.get(event.id)}</span>}
        <strong>{event.label}</strong>
        <UnconfirmedTag datum={event} />
      </p>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {formatDate(event)} <span className="tag">{precisionLabel[event.date.precision]}</span>
        </dd>
        <dt>How we know</dt>
        <dd>
          {derivationLabel[event.date.derivation]}: {event.date.note}
        </dd>
        {event.actors.length > 0 && (
          <>
            <dt>Who</dt>
            <dd>
              {event.actors.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <ActorLink id={id} label={index.actors.get(id)?.name ?? id} />
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {event.evidence.map((span) => (
        <EvidenceQuote key={span.start} span={span} datum={{ kind: 'event', id: event.id }} />
      ))}
    </li>
  );

  return (
    <section className="page page--events" aria-labelledby="events-title">
      <header className="page__header">
        <h1 id="events-title">{timeline.days.length ? `Events, ${formatDayRange(timeline.days[0]!, timeline.days.at(-1)!)}` : 'Events'}</h1>
        <p className="page__lede">
          Articles rarely give a full date. Each event shows how sure its date is and how it was worked out.
        </p>
      </header>
      <DroppedNotice dropped={dropped} onDismiss={() => select(null)} />
      {!index.dataset.events.length && <p className="empty-state">The article records no event.</p>}
      {timeline.days.length > 0 && <TimelineStrip timeline={timeline} numberOf={numberOf} selected={selected} onSelect={select} />}
      <div className="entity-body">
        {near.length > 0 && (
          <section className="entity-section" aria-labelledby="near-title">
            <h2 id="near-title">
              Recent events <span className="entity-section__count">{near.length}</span>
            </h2>
            <ol className="entity-list">{near.map(card)}</ol>
          </section>
        )}
        {timeline.background.length > 0 && (
          <section className="entity-section" aria-labelledby="background-title">
            <h2 id="background-title">
              Background <span className="entity-section__count">{timeline.background.length}</span>
            </h2>
            <ol className="entity-list">{timeline.background.map(card)}</ol>
          </section>
        )}
      </div>
    </section>
  );
}
