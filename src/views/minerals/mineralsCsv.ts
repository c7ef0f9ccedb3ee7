import { toCsv } from '../../model/csv';
import type { DealComparison } from './mineralsTerms';

/** The deal's terms as CSV, each with who backs or contests it, its draft counterpart and its quote. */
export function mineralsCsv(comparison: DealComparison): string {
  const rows = comparison.terms.map(({ term, backers, contesters, figures }) => ({
    id: term.id,
    deal: comparison.deal.label,
    label: term.label,
    description: term.description,
    status: term.status,
    amount: term.quantity?.value ?? null,
    unit: term.quantity?.unit ?? '',
    currency: term.quantity?.currency ?? '',
    counted: term.quantity?.thing ?? '',
    backers: backers.map((a) => a.name).join('; '),
    contesters: contesters.map((a) => a.name).join('; '),
    draftCounterpart: term.draftCounterpart ?? '',
    figures: figures.map((f) => f.id).join('; '),
    quote: term.evidence.map((s) => s.exact).join(' … '),
    source: term.evidence[0]!.source,
    start: term.evidence[0]!.start,
    end: term.evidence[0]!.end,
  }));
  return toCsv(rows, [
    'id', 'deal', 'label', 'description', 'status', 'amount', 'unit', 'currency', 'counted', 'backers', 'contesters',
    { key: 'draftCounterpart', header: 'read against (draft term)' }, 'figures', 'quote', 'source', 'start', 'end',
  ]);
}
