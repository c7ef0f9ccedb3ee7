import { format } from 'd3-format';
import type { ReactNode } from 'react';
import { softnessOf, type AgreementCount, type Softness, type TopicComparison } from '../../model/agreement';
import type { DatasetIndex } from '../../model/indexDataset';
import { certaintyLabel } from '../../model/vocabulary';
import type { PairScore } from './compareSelectors';

const percent = format('.0%');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const softWords: Record<Softness, string> = { hedged: 'hedged', reported: 'reported', inferred: 'our reading' };

interface PairScoresProps {
  index: DatasetIndex;
  pairs: PairScore[];
  count: AgreementCount;
  onCountChange: (count: AgreementCount) => void;
  onOpen: (topic: string) => void;
  /** In a story: how a pair's score moved since the source date before, in words. */
  shift?: ((a: string, b: string, now: number | null) => string | null) | null;
}

/**
 * One card per pair: the score, in words and as a bar, the number of statements behind it, and the topics
 * behind it, each opening its evidence. By default only firm statements count; a switch admits the rest.
 */
export function PairScores({ index, pairs, count, onCountChange, onOpen, shift }: PairScoresProps) {
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  const topicLabel = (id: string) => index.topics.get(id)?.label ?? id;
  const topicButton = (t: string, children?: ReactNode) => (
    <li key={t}>
      <button type="button" className="link-button" onClick={() => onOpen(t)}>
        {topicLabel(t)}
      </button>
      {children}
    </li>
  );
  const comparisonItem = (t: TopicComparison) => {
    const soft = [...new Set(t.leads.flatMap(softnessOf))];
    const statements = t.statements[0] + t.statements[1];
    return topicButton(
      t.topic,
      <span className="pair-card__basis">
        {' '}
        ({plural(statements, 'statement')}
        {soft.length > 0 && `; ${soft.map((s) => softWords[s]).join(', ')}`})
      </span>,
    );
  };
  return (
    <section className="pair-scores" aria-labelledby="pairs-title">
      <h2 id="pairs-title">Agreement</h2>
      <p className="pair-scores__definition">
        <strong>Agreement score:</strong> the share of topics, among those where both have a recorded position, on which
        their lead positions (the most firmly stated) have the same stance.{' '}
        {count === 'firm'
          ? 'Only firm statements count: positions the words state outright (not our reading of them), committed or ruled out. Hedged, reported and inferred positions are left out.'
          : 'Every recorded position counts, hedged, reported and inferred ones included; topics that rest on them say so.'}
      </p>
      <label className="pair-scores__switch">
        <input type="checkbox" checked={count === 'all'} onChange={(e) => onCountChange(e.target.checked ? 'all' : 'firm')} /> Count hedged,
        reported and inferred positions too
      </label>
      <ul className="pair-list">
        {pairs.map(({ a, b, agreement }) => (
          <li key={`${a}~${b}`} className="pair-card">
            <h3 className="pair-card__names">
              {name(a)} <span aria-hidden="true">&amp;</span>
              <span className="visually-hidden">and</span> {name(b)}
            </h3>
            {agreement.score === null ? (
              <p className="pair-card__score empty">
                {count === 'firm' ? 'No topic on which both have a firmly stated position.' : 'No topic on which both have a recorded position.'}
              </p>
            ) : (
              <>
                <p className="pair-card__score">
                  <span className="pair-card__percent">{percent(agreement.score)}</span> agree on {agreement.agree.length} of{' '}
                  {plural(agreement.shared.length, 'shared topic')}
                </p>
                {shift && <p className="pair-card__shift">{shift(a, b, agreement.score)}</p>}
                <svg className="pair-card__bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                  <rect width="100" height="6" fill="var(--stance-tint-opposes)" />
                  <rect width={agreement.score * 100} height="6" fill="var(--stance-supports)" />
                </svg>
                <p className="pair-card__statements">From {plural(agreement.statements, 'statement')}.</p>
                {agreement.restsOnOneReported && (
                  <p className="pair-card__caution">
                    <strong>Rests on one reported statement:</strong> {name(agreement.restsOnOneReported.actor)} on{' '}
                    {topicLabel(agreement.restsOnOneReported.topic)} ({certaintyLabel[agreement.restsOnOneReported.certainty].toLowerCase()}).
                  </p>
                )}
                <div className="pair-card__topics">
                  {agreement.agree.length > 0 && (
                    <div>
                      <h4>= Agree on</h4>
                      <ul>{agreement.topics.filter((t) => t.agree).map(comparisonItem)}</ul>
                    </div>
                  )}
                  {agreement.disagree.length > 0 && (
                    <div>
                      <h4>≠ Differ on</h4>
                      <ul>{agreement.topics.filter((t) => !t.agree).map(comparisonItem)}</ul>
                    </div>
                  )}
                </div>
              </>
            )}
            {agreement.leftOut.length > 0 && (
              <div className="pair-card__left-out">
                <p>
                  {plural(agreement.leftOut.length, 'shared topic')} left out: one of them has only hedged, reported or inferred
                  positions there.{' '}
                  <button type="button" className="link-button" onClick={() => onCountChange('all')}>
                    Count them
                  </button>
                </p>
                <ul>{agreement.leftOut.map((t) => topicButton(t))}</ul>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
