import type { DatasetIndex } from '../../model/indexDataset';
import { sameQuantity } from '../../model/quantity';
import type { Actor, Deal, DealTerm, Figure } from '../../model/schema';

/** A term with the actors and figures that go with it. */
export interface TermView {
  term: DealTerm;
  backers: Actor[];
  contesters: Actor[];
  /** Money figures that state this term's amount (e.g. the $500 billion claim). */
  figures: Figure[];
}

/**
 * A row of the comparison. `versus`: what is claimed, demanded or asked (left) against what the draft
 * says on the same point (right; null when the data pairs it with nothing). `charge`: critics' charges.
 */
export type ComparisonRow =
  | { kind: 'versus'; id: string; claims: TermView[]; draft: TermView | null }
  | { kind: 'charge'; id: string; charges: TermView[] };

export interface DealComparison {
  deal: Deal;
  parties: Actor[];
  terms: TermView[];
  rows: ComparisonRow[];
  /** Money figures of the deal's actors that no term states, so they are still shown. */
  otherFigures: Figure[];
}

const firstStart = (views: TermView[]) => Math.min(...views.map((v) => v.term.evidence[0]?.start ?? Infinity));

/** Pairs each claim with the draft's words on the same point; rows follow the article's order. */
export function pairClaimsWithDraft(terms: readonly TermView[]): ComparisonRow[] {
  const drafts = terms.filter((t) => t.term.status === 'in-draft');
  const charges = terms.filter((t) => t.term.status === 'charged');
  const claims = terms.filter((t) => t.term.status !== 'in-draft' && t.term.status !== 'charged');
  const pairedTo = (claim: TermView) => drafts.find((d) => d.term.id === claim.term.draftCounterpart);
  const rows: ComparisonRow[] = [
    ...drafts.map((draft) => ({ kind: 'versus' as const, id: draft.term.id, claims: claims.filter((c) => pairedTo(c) === draft), draft })),
    ...claims.filter((c) => !pairedTo(c)).map((claim) => ({ kind: 'versus' as const, id: claim.term.id, claims: [claim], draft: null })),
    ...(charges.length ? [{ kind: 'charge' as const, id: 'charges', charges }] : []),
  ];
  const members = (row: ComparisonRow) => (row.kind === 'charge' ? row.charges : [...row.claims, ...(row.draft ? [row.draft] : [])]);
  return rows.sort((a, b) => firstStart(members(a)) - firstStart(members(b)));
}

/** Figures that state a term's amount. */
const statesAmount = (figure: Figure, term: DealTerm) => term.quantity !== undefined && sameQuantity(figure.quantity, term.quantity);

/** Everything the explorer shows for one deal. */
export function compareDeal(index: DatasetIndex, dealId: string): DealComparison | null {
  const deal = index.deals.get(dealId);
  if (!deal) return null;
  const actors = (ids: string[]) => ids.flatMap((id) => index.actors.get(id) ?? []);
  const money = index.dataset.figures.filter((f) => f.metric === 'money');
  const terms = index.dataset.dealTerms
    .filter((t) => t.deal === dealId)
    .map((term) => ({ term, backers: actors(term.backers), contesters: actors(term.contesters), figures: money.filter((f) => statesAmount(f, term)) }));
  const involved = new Set([...deal.parties, ...terms.flatMap((t) => [...t.term.backers, ...t.term.contesters])]);
  const shown = new Set(terms.flatMap((t) => t.figures));
  return {
    deal,
    parties: actors(deal.parties),
    terms,
    rows: pairClaimsWithDraft(terms),
    otherFigures: money.filter((f) => involved.has(f.actor) && !shown.has(f)),
  };
}

/** The deal to show: the one asked for, else the one the selected term belongs to, else the first with terms. */
export function chooseDeal(index: DatasetIndex, state: { deal: string | null; term: string | null }): string | null {
  if (state.deal) return state.deal;
  const termDeal = state.term ? index.dealTerms.get(state.term)?.deal : undefined;
  return termDeal ?? index.dataset.deals.find((d) => index.dataset.dealTerms.some((t) => t.deal === d.id))?.id ?? index.dataset.deals[0]?.id ?? null;
}
