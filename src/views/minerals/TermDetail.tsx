import { Link } from 'react-router';
import { EvidenceList } from '../../charts/EvidenceList';
import { articleHref } from '../../url/articleLink';
import { formatQuantity } from '../../model/figureFormat';
import type { DatasetIndex } from '../../model/indexDataset';
import { figureStatusLabel, termStatusLabel } from '../../model/vocabulary';
import { ActorChips } from './ActorChips';
import type { TermView } from './mineralsTerms';

interface TermDetailProps {
  index: DatasetIndex;
  view: TermView;
  /** Terms read against this one (its claims, or its draft counterpart). */
  related: TermView[];
  onSelect: (termId: string) => void;
}

/** One term: what it is, who backs or contests it, what it is read against, and the article's words. */
export function TermDetail({ index, view, related, onSelect }: TermDetailProps) {
  const { term } = view;
  return (
    <div className="term-detail">
      <p className="term-detail__description">{term.description}</p>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{termStatusLabel[term.status]}</dd>
        {term.quantity && (
          <>
            <dt>Amount</dt>
            <dd>{formatQuantity(term.quantity)}</dd>
          </>
        )}
        <dt>Who</dt>
        <dd>
          <ActorChips backers={view.backers} contesters={view.contesters} />
        </dd>
        {related.length > 0 && (
          <>
            <dt>{term.status === 'in-draft' ? 'Claims on this' : 'The draft on this'}</dt>
            <dd>
              <ul className="plain-list">
                {related.map((r) => (
                  <li key={r.term.id}>
                    <button type="button" className="link-button" onClick={() => onSelect(r.term.id)}>
                      {r.term.label}
                    </button>{' '}
                    ({termStatusLabel[r.term.status].toLowerCase()})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <EvidenceList evidence={term.evidence} datum={{ kind: 'dealTerm', id: term.id }} />
      {view.figures.map((figure) => (
        <div key={figure.id} className="term-detail__figure">
          <h3 className="position__evidence-title">The figure</h3>
          <p>
            <strong>{formatQuantity(figure.quantity)}</strong>: {figure.label} ({figureStatusLabel[figure.status].toLowerCase()} by{' '}
            {index.actors.get(figure.actor)?.name ?? figure.actor})
          </p>
          <Link to={articleHref('figure', figure.id)}>Show the figure in the article</Link>
        </div>
      ))}
    </div>
  );
}
