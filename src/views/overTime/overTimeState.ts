import { listParam, viewHref, type DroppedParam, type IdSet } from '../../url/params';

/** Everything a user would share about the view over time; it lives in the URL. */
export interface OverTimeState {
  /** Actors whose tracks are shown; empty means all. */
  actors: string[];
  /** Topics whose tracks are shown; empty means all. */
  topics: string[];
  /** The open change, by the id of the position it changes to. */
  step: string | null;
  /** Show the changes as a table instead of the chart. */
  table: boolean;
  /** The page of tracks shown, from 1. */
  page: number;
}

export const defaultOverTimeState: OverTimeState = { actors: [], topics: [], step: null, table: false, page: 1 };

export interface OverTimeKnownIds {
  actors: IdSet;
  topics: IdSet;
  /** Positions that a change leads to. */
  steps: IdSet;
}

const PARAMS = ['actors', 'topics', 'step', 'show', 'page'];

/** Reads the state from search params; values that name nothing known are dropped and reported. */
export function parseOverTimeParams(params: URLSearchParams, known: OverTimeKnownIds): { state: OverTimeState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const keep = (param: string, ids: IdSet) =>
    listParam(params, param).filter((value) => ids.has(value) || (dropped.push({ param, value }), false));
  const step = params.get('step');
  if (step !== null && !known.steps.has(step)) dropped.push({ param: 'step', value: step });
  const show = params.get('show');
  if (show !== null && show !== 'table') dropped.push({ param: 'show', value: show });
  const pageParam = params.get('page');
  const page = pageParam === null ? 1 : Number(pageParam);
  const goodPage = Number.isInteger(page) && page >= 1;
  if (pageParam !== null && !goodPage) dropped.push({ param: 'page', value: pageParam });
  return {
    state: {
      actors: keep('actors', known.actors),
      topics: keep('topics', known.topics),
      step: step !== null && known.steps.has(step) ? step : null,
      table: show === 'table',
      page: goodPage ? page : 1,
    },
    dropped,
  };
}

/** Writes only what differs from the defaults, keeping other params. */
export function writeOverTimeParams(state: OverTimeState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of PARAMS) params.delete(name);
  if (state.actors.length) params.set('actors', state.actors.join(','));
  if (state.topics.length) params.set('topics', state.topics.join(','));
  if (state.step) params.set('step', state.step);
  if (state.table) params.set('show', 'table');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** A link to the view over time in a given state. */
export const overTimeHref = (state: Partial<OverTimeState>) => viewHref('/over-time', writeOverTimeParams({ ...defaultOverTimeState, ...state }));
