import type { AgreementCount } from '../../model/agreement';
import { knownIdParam, listParam, type DroppedParam, type IdSet } from '../../url/params';

/** At most this many actors side by side: beyond four, columns get too narrow on a phone to read. */
export const MAX_COMPARED = 4;

/** What a compare link shares: the actors side by side and the topic whose evidence is open. */
export interface CompareState {
  /**
   * The actors chosen, or null before any choice: the page then shows the two with the most positions and
   * the URL stays clean, so a bare /compare link follows whichever dataset is on show. An emptied choice
   * is kept as `actors=` so the defaults do not come back under the user's hands.
   */
  actors: string[] | null;
  topic: string | null;
  /** Which statements the agreement scores count: firm ones by default, `agreement=all` for every one. */
  count: AgreementCount;
  /** In a story, the source date agreement is shown as of; absent, the latest. */
  asOf?: string;
}

interface Known {
  actors: IdSet;
  topics: IdSet;
  /** The sources' dates, when the dataset is a story of several. */
  dates?: IdSet;
}

/** Reads the compare state; unknown ids and actors beyond the fourth are dropped and reported. */
export function parseCompareParams(params: URLSearchParams, known: Known): { state: CompareState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const actors: string[] = [];
  for (const value of listParam(params, 'actors')) {
    if (!known.actors.has(value) || actors.length >= MAX_COMPARED) dropped.push({ param: 'actors', value });
    else actors.push(value);
  }
  const topic = knownIdParam(params, 'topic', known.topics, dropped);
  const agreement = params.get('agreement');
  if (agreement !== null && agreement !== 'all') dropped.push({ param: 'agreement', value: agreement });
  const count: AgreementCount = agreement === 'all' ? 'all' : 'firm';
  const asOf = params.get('asOf');
  const state: CompareState = { actors: params.has('actors') ? actors : null, topic, count };
  if (asOf !== null && known.dates?.has(asOf)) state.asOf = asOf;
  else if (asOf !== null) dropped.push({ param: 'asOf', value: asOf });
  return { state, dropped };
}

export function writeCompareParams(state: CompareState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  params.delete('actors');
  params.delete('topic');
  params.delete('agreement');
  params.delete('asOf');
  if (state.actors) params.set('actors', state.actors.join(','));
  if (state.topic) params.set('topic', state.topic);
  if (state.count === 'all') params.set('agreement', 'all');
  if (state.asOf) params.set('asOf', state.asOf);
  return params;
}
