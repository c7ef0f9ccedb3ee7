import type { DatasetIndex } from '../../model/indexDataset';
import { sameQuantity } from '../../model/quantity';
import type { Actor, Deal, DealTerm, Figure } from '../../model/schema';
import { termStatusLabel } from '../../model/vocabulary';

/** A term with the actors and figures that go with it. */
export interface TermView {
  term: DealTerm;
  backers: Actor[];
  contesters: Actor[];
  /** Figures that state this term's amount, in the same unit (e.g. a claimed $500 billion). */
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
  /** Amounts of money given by the deal's actors that no term states. */
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
  const { figures } = index.dataset;
  const terms = index.dataset.dealTerms
    .filter((t) => t.deal === dealId)
    .map((term) => ({ term, backers: actors(term.backers), contesters: actors(term.contesters), figures: figures.filter((f) => statesAmount(f, term)) }));
  const involved = new Set([...deal.parties, ...terms.flatMap((t) => [...t.term.backers, ...t.term.contesters])]);
  const shown = new Set(terms.flatMap((t) => t.figures));
  return {
    deal,
    parties: actors(deal.parties),
    terms,
    rows: pairClaimsWithDraft(terms),
    otherFigures: figures.filter((f) => f.quantity.unit === 'money' && involved.has(f.actor) && !shown.has(f)),
  };
}

/** The deal to show: the one asked for, else the one the selected term belongs to, else the first with terms. */
export function chooseDeal(index: DatasetIndex, state: { deal: string | null; term: string | null }): string | null {
  if (state.deal) return state.deal;
  const termDeal = state.term ? index.dealTerms.get(state.term)?.deal : undefined;
  return termDeal ?? index.dataset.deals.find((d) => index.dataset.dealTerms.some((t) => t.deal === d.id))?.id ?? index.dataset.deals[0]?.id ?? null;
}

/** How many of the deal's terms there are of each kind, in words: "4 terms: 1 in the draft, 1 claimed, …". */
export function describeTerms(comparison: DealComparison): string {
  const { terms } = comparison;
  if (!terms.length) return 'The article gives no terms of this deal.';
  const byStatus = new Map<string, number>();
  for (const { term } of terms) byStatus.set(termStatusLabel[term.status].toLowerCase(), (byStatus.get(termStatusLabel[term.status].toLowerCase()) ?? 0) + 1);
  const kinds = [...byStatus].map(([label, count]) => `${count} ${label}`).join(', ');
  return `${terms.length} ${terms.length === 1 ? 'term' : 'terms'}: ${kinds}.`;
}

/** Whether the data sets any claim against the draft's words on the same point. */
export const hasClaimsAgainstDraft = (comparison: DealComparison) =>
  comparison.rows.some((row) => row.kind === 'versus' && row.draft !== null && row.claims.length > 0);
