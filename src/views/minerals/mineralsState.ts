import { knownIdParam, viewHref, type DroppedParam, type IdSet } from '../../url/params';

/** Everything a user would share about the deal explorer; it lives in the URL. */
export interface MineralsState {
  /** The deal on show; null: the first deal with terms. */
  deal: string | null;
  /** The selected term, highlighted in the list and the diagram, its evidence open. */
  term: string | null;
}

export const defaultMineralsState: MineralsState = { deal: null, term: null };

export interface MineralsKnownIds {
  deals: IdSet;
  dealTerms: IdSet;
}

/** Reads the explorer's state from search params; ids that name nothing known are dropped and reported. */
export function parseMineralsParams(params: URLSearchParams, known: MineralsKnownIds): { state: MineralsState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const deal = knownIdParam(params, 'deal', known.deals, dropped);
  return { state: { deal, term: knownIdParam(params, 'term', known.dealTerms, dropped) }, dropped };
}

/** Writes only what differs from the defaults, keeping other params. */
export function writeMineralsParams(state: MineralsState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  params.delete('deal');
  params.delete('term');
  if (state.deal) params.set('deal', state.deal);
  if (state.term) params.set('term', state.term);
  return params;
}

/** A link to the explorer on one deal, with one of its terms selected or none. */
export const mineralsHref = (state: Partial<MineralsState>) => viewHref('/minerals', writeMineralsParams({ ...defaultMineralsState, ...state }));
