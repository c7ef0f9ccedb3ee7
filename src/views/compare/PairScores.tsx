import { format } from 'd3-format';
import type { DatasetIndex } from '../../model/indexDataset';
import type { PairScore } from './compareSelectors';

const percent = format('.0%');

interface PairScoresProps {
  index: DatasetIndex;
  pairs: PairScore[];
  onOpen: (topic: string) => void;
}

/** One card per pair: the score, in words and as a bar, and the topics behind it, each opening its evidence. */
export function PairScores({ index, pairs, onOpen }: PairScoresProps) {
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  const topicButtons = (ids: string[]) =>
    ids.map((t) => (
      <li key={t}>
        <button type="button" className="link-button" onClick={() => onOpen(t)}>
          {index.topics.get(t)?.label ?? t}
        </button>
      </li>
    ));
  return (
    <section className="pair-scores" aria-labelledby="pairs-title">
      <h2 id="pairs-title">Agreement</h2>
      <p className="pair-scores__definition">
        <strong>Agreement score:</strong> the share of topics, among those where both have a recorded position, on which
        their lead positions (the most firmly stated) have the same stance.
      </p>
      <ul className="pair-list">
        {pairs.map(({ a, b, agreement }) => (
          <li key={`${a}~${b}`} className="pair-card">
            <h3 className="pair-card__names">
              {name(a)} <span aria-hidden="true">&amp;</span>
              <span className="visually-hidden">and</span> {name(b)}
            </h3>
            {agreement.score === null ? (
              <p className="pair-card__score empty">No topic on which both have a recorded position.</p>
            ) : (
              <>
                <p className="pair-card__score">
                  <span className="pair-card__percent">{percent(agreement.score)}</span> agree on {agreement.agree.length} of{' '}
                  {agreement.shared.length} shared {agreement.shared.length === 1 ? 'topic' : 'topics'}
                </p>
                <svg className="pair-card__bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                  <rect width="100" height="6" fill="#f8e0d2" />
                  <rect width={agreement.score * 100} height="6" fill="#0072B2" />
                </svg>
                <div className="pair-card__topics">
                  {agreement.agree.length > 0 && (
                    <div>
                      <h4>= Agree on</h4>
                      <ul>{topicButtons(agreement.agree)}</ul>
                    </div>
                  )}
                  {agreement.disagree.length > 0 && (
                    <div>
                      <h4>≠ Differ on</h4>
                      <ul>{topicButtons(agreement.disagree)}</ul>
                    </div>
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
