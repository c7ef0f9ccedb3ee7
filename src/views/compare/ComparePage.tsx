import { useMemo } from 'react';
import { Link } from 'react-router';
import { EvidencePanel } from '../../charts/EvidencePanel';
import { StanceLegend } from '../../charts/StanceLegend';
import { ActorPicker } from '../../components/ActorPicker';
import { ReadingLegend } from '../../charts/ReadingLegend';
import { UnconfirmedLegend } from '../../charts/UnconfirmedMark';
import { isUnconfirmed } from '../../model/drafts';
import { DroppedNotice } from '../../components/DroppedNotice';
import { ReadingToggle } from '../../components/ReadingToggle';
import { useReadingIndex } from '../../components/useReadingIndex';
import { cellPositions } from '../../model/indexDataset';
import type { Actor } from '../../model/schema';
import { PositionItem } from '../shared/PositionItem';
import { agreementShift } from './agreementShift';
import { CompareAsOfPicker } from './CompareAsOfPicker';
import { compareActors, suggestedActors } from './compareSelectors';
import { MAX_COMPARED } from './compareState';
import { CompareTable } from './CompareTable';
import { PairScores } from './PairScores';
import { useCompareAsOf } from './useCompareAsOf';
import { useCompareState } from './useCompareState';
import '../shared/entity.css';
import './compare.css';

export default function ComparePage() {
  const { index: reading, all, inferred } = useReadingIndex();
  const { state, dropped, update } = useCompareState(all);
  // In a story, everything below is as of one source date: each actor's latest positions by then.
  const asOf = useCompareAsOf(reading, state.asOf);
  const index = asOf?.index ?? reading;
  const suggestion = useMemo(() => suggestedActors(index), [index]);
  // Before any choice the two actors with the most positions are shown, and the URL stays as it is.
  const actorIds = state.actors ?? suggestion;
  const comparison = useMemo(() => compareActors(index, actorIds, state.count), [index, actorIds, state.count]);
  const before = useMemo(() => {
    if (!asOf?.before || !asOf.since) return null;
    const since = asOf.since;
    const scores = new Map(compareActors(asOf.before, actorIds, state.count).pairs.map((p) => [`${p.a}~${p.b}`, p.agreement.score]));
    return (a: string, b: string, now: number | null) => agreementShift(now, scores.get(`${a}~${b}`) ?? null, since);
  }, [asOf, actorIds, state.count]);
  const chosen = actorIds.map((id) => index.actors.get(id)).filter((a): a is Actor => Boolean(a));
  const names = (actors: readonly Actor[]) => actors.map((a) => a.name).join(' and ');
  const openTopic = state.topic ? index.topics.get(state.topic) : undefined;
  const open = (topic: string) => update({ topic: state.topic === topic ? null : topic });

  return (
    <section className="page page--compare" aria-labelledby="compare-title">
      <header className="page__header">
        <h1 id="compare-title">Compare actors</h1>
        <p className="page__lede">
          Choose two to four actors to see them side by side, topic by topic: where they agree, where they differ, and
          where one of them has no recorded position.
        </p>
      </header>
      <DroppedNotice dropped={dropped} onDismiss={() => update({}, { replace: true })} />
      <form className="filters" aria-label="Actors to compare" onSubmit={(e) => e.preventDefault()}>
        <ActorPicker label={`Actors (two to ${MAX_COMPARED})`} actors={index.dataset.actors} selected={actorIds} max={MAX_COMPARED} onChange={(ids) => update({ actors: ids })} />
        {asOf && <CompareAsOfPicker dates={asOf.dates} date={asOf.date} onChange={(date) => update({ asOf: date === asOf.dates.at(-1) ? undefined : date })} />}
      </form>
      <ReadingToggle inferred={{ positions: inferred.positions }} />
      {chosen.length < 2 ? (
        <div className="empty-state">
          <p>{chosen.length ? `Add at least one more actor to compare with ${chosen[0]!.name}.` : 'Choose at least two actors.'}</p>
          {suggestion.length === 2 && (
            <p>
              Or try the two with the most positions:{' '}
              <Link to={`?actors=${suggestion.join(',')}`}>{suggestion.map((id) => index.actors.get(id)?.name ?? id).join(' and ')}</Link>
            </p>
          )}
        </div>
      ) : (
        <div className={openTopic ? 'compare-layout has-panel' : 'compare-layout'}>
          <div className="compare-layout__main">
            <p className="result-count" role="status">
              {state.actors === null && `${names(chosen)} have the most positions; choose others above. `}
              {comparison.rows.length} topics on which at least one of them has a recorded position.
            </p>
            {comparison.rows.length ? (
              <CompareTable actors={chosen} rows={comparison.rows} openTopic={state.topic} onOpen={open} />
            ) : (
              <p className="empty-state">None of them has a recorded position on any topic.</p>
            )}
            <StanceLegend frames={false} />
            {inferred.positions > 0 && <ReadingLegend form="hatch" />}
            {index.dataset.positions.some(isUnconfirmed) && <UnconfirmedLegend />}
            <PairScores index={index} pairs={comparison.pairs} count={state.count} onCountChange={(count) => update({ count })} onOpen={open} shift={before} />
          </div>
          {openTopic && (
            <EvidencePanel title={openTopic.label} subtitle={openTopic.question} onClose={() => update({ topic: null })}>
              {chosen.map((actor) => {
                const positions = cellPositions(index, actor.id, openTopic.id);
                return (
                  <section key={actor.id} className="compare-evidence" aria-label={actor.name}>
                    {positions.length ? (
                      <ul className="entity-list">
                        {positions.map((p) => (
                          <PositionItem key={p.id} index={index} position={p} show="actor" />
                        ))}
                      </ul>
                    ) : (
                      <p className="empty">
                        <strong>{actor.name}</strong>: no recorded position on this topic.
                      </p>
                    )}
                  </section>
                );
              })}
            </EvidencePanel>
          )}
        </div>
      )}
    </section>
  );
}
