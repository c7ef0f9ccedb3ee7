import { knownIdParam, listParam, viewHref, type DroppedParam } from '../../url/params';

/** Everything a user would share about the spending timeline; it lives in the URL. */
export interface SpendingState {
  /** Actors whose figures are shown; empty means all. */
  actors: string[];
  /** The figure whose evidence is open. */
  mark: string | null;
  /** Show the data as a table instead of the chart. */
  table: boolean;
}

export const defaultSpendingState: SpendingState = { actors: [], mark: null, table: false };

export interface SpendingKnownIds {
  /** Actors that have spending figures. */
  actors: ReadonlySet<string>;
  /** Ids of the spending figures. */
  figures: ReadonlySet<string>;
}

const PARAMS = ['actors', 'mark', 'show'];

/** Reads the timeline's state from search params; values that name nothing known are dropped and reported. */
export function parseSpendingParams(params: URLSearchParams, known: SpendingKnownIds): { state: SpendingState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const actors = listParam(params, 'actors').filter((id) => {
    if (known.actors.has(id)) return true;
    dropped.push({ param: 'actors', value: id });
    return false;
  });
  const mark = knownIdParam(params, 'mark', known.figures, dropped);
  const show = params.get('show');
  if (show !== null && show !== 'table') dropped.push({ param: 'show', value: show });
  return { state: { actors, mark, table: show === 'table' }, dropped };
}

/** Writes only what differs from the defaults, keeping other views' params. */
export function writeSpendingParams(state: SpendingState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of PARAMS) params.delete(name);
  if (state.actors.length) params.set('actors', state.actors.join(','));
  if (state.mark) params.set('mark', state.mark);
  if (state.table) params.set('show', 'table');
  return params;
}

/** A link to the timeline with one figure's evidence open. */
export const spendingHref = (figureId: string) => viewHref('/spending', writeSpendingParams({ ...defaultSpendingState, mark: figureId }));
