import { knownIdParam, viewHref, type DroppedParam, type IdSet } from '../../url/params';

/** What a relations link shares: the relation whose evidence is open. */
export interface NetworkState {
  relation: string | null;
}

/** Reads the relation param; an id that names no relation is dropped and reported. */
export function parseNetworkParams(params: URLSearchParams, relations: IdSet): { state: NetworkState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  return { state: { relation: knownIdParam(params, 'relation', relations, dropped) }, dropped };
}

/** Writes the open relation, keeping other params. */
export function writeNetworkParams(state: NetworkState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  params.delete('relation');
  if (state.relation) params.set('relation', state.relation);
  return params;
}

/** A link to the relations view with one relation's evidence open. */
export const networkHref = (relation: string) => viewHref('/network', writeNetworkParams({ relation }));
