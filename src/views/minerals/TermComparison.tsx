import { formatAmount, formatQuantity } from '../../model/figureFormat';
import { termStatusLabel } from '../../model/vocabulary';
import { ActorChips } from './ActorChips';
import { laneOf } from './mineralsDiagram';
import type { ComparisonRow, TermView } from './mineralsTerms';

interface TermComparisonProps {
  rows: ComparisonRow[];
  selected: string | null;
  onSelect: (termId: string) => void;
}

function TermCard({ view, selected, onSelect }: { view: TermView; selected: boolean; onSelect: (id: string) => void }) {
  const { term } = view;
  return (
    <div className={`term-card term-card--${laneOf(term.status)}${selected ? ' is-selected' : ''}`}>
      <button type="button" className="term-card__select" aria-pressed={selected} data-term-card={term.id} onClick={() => onSelect(term.id)}>
        <span className="term-card__status">{termStatusLabel[term.status]}</span>
        <span className="term-card__label">
          {term.label}
          {term.quantity && !term.label.includes(formatAmount(term.quantity)) && <span className="term-card__amount"> · {formatQuantity(term.quantity)}</span>}
        </span>
        <span className="term-card__description">{term.description}</span>
      </button>
      <ActorChips backers={view.backers} contesters={view.contesters} />
    </div>
  );
}

/** Every term of the deal, each claim side by side with what the draft says on the same point. */
export function TermComparison({ rows, selected, onSelect }: TermComparisonProps) {
  const card = (view: TermView) => <TermCard key={view.term.id} view={view} selected={view.term.id === selected} onSelect={onSelect} />;
  // With no term of the draft in the data there is nothing to set claims against: each stands alone.
  const hasDraft = rows.some((row) => row.kind === 'versus' && row.draft !== null);
  return (
    <ol className="term-compare" aria-label={hasDraft ? 'Terms of the deal: claims against the draft' : 'Terms of the deal'}>
      {rows.map((row) =>
        row.kind === 'charge' ? (
          <li key={row.id} className="term-row term-row--charge">
            <p className="term-row__side">What critics charge</p>
            {row.charges.map(card)}
          </li>
        ) : !hasDraft ? (
          <li key={row.id} className="term-row term-row--single">
            <p className="term-row__side">Claimed or asked</p>
            {row.claims.map(card)}
          </li>
        ) : (
          <li key={row.id} className="term-row">
            <div className="term-row__claims">
              <p className="term-row__side">Claimed or asked</p>
              {row.claims.length ? row.claims.map(card) : <p className="term-row__empty">No claim is set against this term.</p>}
            </div>
            <span className="term-row__versus" aria-hidden="true">
              vs
            </span>
            <div className="term-row__draft">
              <p className="term-row__side">What the draft says</p>
              {row.draft ? card(row.draft) : <p className="term-row__empty">The article reports nothing in the draft on this point.</p>}
            </div>
          </li>
        ),
      )}
    </ol>
  );
}
