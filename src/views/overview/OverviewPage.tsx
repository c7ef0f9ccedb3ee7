import { Link } from 'react-router';
import { DataText } from '../../components/DataText';
import { useDatasetIndex } from '../../data/useDatasetIndex';
import { summariseDataset } from '../../model/overview';
import { stanceLabel } from '../../model/vocabulary';
import { StanceGlyph } from '../../charts/StanceGlyph';
import { ReadingCount } from './ReadingCount';

/** The landing page: what the dataset is, where it comes from, and the way into the views. */
export function OverviewPage() {
  const index = useDatasetIndex();
  const { dataset } = index;
  const summary = summariseDataset(index);
  return (
    <section className="page page--overview" aria-labelledby="overview-title">
      <header className="page__header">
        <p className="kicker">Stance Explorer</p>
        <h1 id="overview-title"><DataText text={dataset.title} /></h1>
        <p className="page__lede">
          Who stands where in this story, and why we know it. Every position, figure and term below is tied to the
          exact words of the article.
        </p>
      </header>
      <div className="overview-grid">
        <div>
          <ul className="stat-list" aria-label="What the dataset holds">
            {summary.counts.map(({ label, count, inferred }) => (
              <li key={label} className="stat">
                <span className="stat__value">{count}</span>
                <span className="stat__label">{label}</span>
                {inferred ? <ReadingCount count={inferred} /> : null}
              </li>
            ))}
          </ul>
          <p>
            <Link className="button-primary" to="/matrix">
              Compare positions in the matrix →
            </Link>
          </p>
          <h2>The topics</h2>
          <ul className="topic-list">
            {summary.topics.map(({ topic, actorCount, tally }) => (
              <li key={topic.id}>
                <Link to={`/matrix?topics=${topic.id}`}>{topic.label}</Link>
                <span className="topic-list__question">{topic.question}</span>
                <span className="topic-list__count">
                  <span className="topic-list__tally">
                    {tally.map(({ stance, count }) => (
                      <span key={stance} className="tally" title={`${count} ${stanceLabel[stance].toLowerCase()}`}>
                        <StanceGlyph stance={stance} size={13} />
                        <span className="visually-hidden">{stanceLabel[stance]}:</span> {count}
                      </span>
                    ))}
                  </span>
                  {actorCount} {actorCount === 1 ? 'actor' : 'actors'} with a position
                </span>
              </li>
            ))}
          </ul>
        </div>
        <aside className="source-card" aria-labelledby="source-title">
          <h2 id="source-title">Source</h2>
          {dataset.sources.map((source) => (
            <dl key={source.id} className="facts">
              <dt>Title</dt>
              <dd><DataText text={source.title} /></dd>
              <dt>Publisher</dt>
              <dd>{source.publisher}</dd>
              <dt>Published</dt>
              <dd>
                {source.published.date}
                {source.published.inferred && <span className="tag">inferred</span>}
                {source.published.note && (
                  <details className="source-card__note">
                    <summary>How the date and publisher were worked out</summary>
                    <p>{source.published.note}</p>
                  </details>
                )}
              </dd>
            </dl>
          ))}
        </aside>
      </div>
    </section>
  );
}
