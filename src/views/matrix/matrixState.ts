import { stances } from '../../model/codes';
import { cellKey } from '../../model/indexDataset';
import { sortKeys, type MatrixFilter, type SortKey } from '../../model/matrixSelectors';
import type { Stance } from '../../model/schema';
import { listParam, viewHref, type DroppedParam, type IdSet } from '../../url/params';

/** Everything a user would share about the matrix view; it lives in the URL. */
export interface MatrixState extends MatrixFilter {
  /** The open cell's actor and topic. */
  cell: { actor: string; topic: string } | null;
  /** In a story: the source date the positions are shown as of (null: the latest). */
  asOf: string | null;
}

export const defaultMatrixState: MatrixState = {
  actors: [],
  topics: [],
  stances: [],
  hideHistorical: false,
  sort: 'positions',
  sortActor: null,
  cell: null,
  asOf: null,
};

export interface KnownIds {
  actors: IdSet;
  topics: IdSet;
  /** The sources' publication dates, which `asOf` may name. */
  dates?: IdSet;
}

/** Reads the matrix state from search params; values that name nothing known are dropped and reported. */
export function parseMatrixParams(params: URLSearchParams, known: KnownIds): { state: MatrixState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const keep = <T extends string>(param: string, values: string[], isKnown: (value: string) => value is T): T[] =>
    values.filter((value): value is T => {
      if (isKnown(value)) return true;
      dropped.push({ param, value });
      return false;
    });
  const isActor = (value: string): value is string => known.actors.has(value);
  const isTopic = (value: string): value is string => known.topics.has(value);
  const isStance = (value: string): value is Stance => (stances as readonly string[]).includes(value);

  const sortParam = params.get('sort');
  let sort: SortKey = defaultMatrixState.sort;
  if (sortParam !== null) {
    if ((sortKeys as readonly string[]).includes(sortParam)) sort = sortParam as SortKey;
    else dropped.push({ param: 'sort', value: sortParam });
  }
  const [sortActor = null] = keep('with', listParam(params, 'with').slice(0, 1), isActor);

  let cell: MatrixState['cell'] = null;
  const cellParam = params.get('cell');
  if (cellParam !== null) {
    const [actor = '', topic = ''] = cellParam.split('~');
    if (isActor(actor) && isTopic(topic)) cell = { actor, topic };
    else dropped.push({ param: 'cell', value: cellParam });
  }

  const hideParam = params.get('hist');
  if (hideParam !== null && hideParam !== 'hide') dropped.push({ param: 'hist', value: hideParam });

  const asOfParam = params.get('asOf');
  const asOf = asOfParam !== null && known.dates?.has(asOfParam) ? asOfParam : null;
  if (asOfParam !== null && asOf === null) dropped.push({ param: 'asOf', value: asOfParam });

  return {
    state: {
      actors: keep('actors', listParam(params, 'actors'), isActor),
      topics: keep('topics', listParam(params, 'topics'), isTopic),
      stances: keep('stances', listParam(params, 'stances'), isStance),
      hideHistorical: hideParam === 'hide',
      sort,
      sortActor,
      cell,
      asOf,
    },
    dropped,
  };
}

/** Writes only what differs from the defaults, so shared URLs stay short. */
export function writeMatrixParams(state: MatrixState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of ['actors', 'topics', 'stances', 'hist', 'sort', 'with', 'cell', 'asOf']) params.delete(name);
  if (state.actors.length) params.set('actors', state.actors.join(','));
  if (state.topics.length) params.set('topics', state.topics.join(','));
  if (state.stances.length) params.set('stances', state.stances.join(','));
  if (state.hideHistorical) params.set('hist', 'hide');
  if (state.sort !== defaultMatrixState.sort) params.set('sort', state.sort);
  if (state.sortActor) params.set('with', state.sortActor);
  if (state.cell) params.set('cell', cellKey(state.cell.actor, state.cell.topic));
  if (state.asOf) params.set('asOf', state.asOf);
  return params;
}

/** A link to the matrix in a given state (by default: all of it, no cell open). */
export const matrixHref = (state: Partial<MatrixState>) => viewHref('/matrix', writeMatrixParams({ ...defaultMatrixState, ...state }));
