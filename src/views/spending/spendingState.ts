import type { Figure } from '../../model/schema';
import { knownIdParam, listParam, viewHref, type DroppedParam } from '../../url/params';
import { scaleKeyOf, scalesOf } from './figureScales';
import { defaultMetric } from './spendingSeries';

/** Everything a user would share about the figures timeline; it lives in the URL. */
export interface SpendingState {
  /** The metric drawn; null: the default (see `defaultMetric`), or the open mark's. */
  metric: string | null;
  /** The unit drawn, as a scale key ("share-of-gdp", "money-gbp"); null: the metric's commonest, or the open mark's. */
  unit: string | null;
  /** Actors whose figures are shown; empty means all. */
  actors: string[];
  /** The figure whose evidence is open. */
  mark: string | null;
  /** Show the data as a table instead of the chart. */
  table: boolean;
}

export const defaultSpendingState: SpendingState = { metric: null, unit: null, actors: [], mark: null, table: false };

export interface SpendingKnownIds {
  /** Per metric with figures: its units (commonest first), and per unit the actors with figures in it. */
  metrics: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
  defaultMetric: string | null;
  /** Every figure, with the metric and unit it is drawn under. */
  figures: ReadonlyMap<string, { metric: string; unit: string }>;
}

/** The ids the URL may name, from the dataset's figures. */
export function spendingKnownIds(figures: readonly Figure[]): SpendingKnownIds {
  const metrics = new Map<string, Map<string, Set<string>>>();
  for (const metric of new Set(figures.map((f) => f.metric))) {
    const units = new Map(scalesOf(figures, metric).map((s) => [s.key, new Set<string>()]));
    for (const f of figures) if (f.metric === metric) units.get(scaleKeyOf(f.quantity))!.add(f.actor);
    metrics.set(metric, units);
  }
  return {
    metrics,
    defaultMetric: defaultMetric(figures),
    figures: new Map(figures.map((f) => [f.id, { metric: f.metric, unit: scaleKeyOf(f.quantity) }])),
  };
}

/** The metric and unit on show: those the state names, else the open mark's, else the defaults. */
export function shownScale(state: Pick<SpendingState, 'metric' | 'unit' | 'mark'>, known: SpendingKnownIds): { metric: string | null; unit: string | null } {
  const marked = state.mark ? known.figures.get(state.mark) : undefined;
  const metric = state.metric ?? marked?.metric ?? known.defaultMetric;
  const units = metric === null ? undefined : known.metrics.get(metric);
  const unit = state.unit ?? (marked?.metric === metric ? marked?.unit : undefined) ?? units?.keys().next().value ?? null;
  return { metric, unit };
}

const PARAMS = ['metric', 'unit', 'actors', 'mark', 'show'];

/** Reads the timeline's state from search params; values that name nothing known are dropped and reported. */
export function parseSpendingParams(params: URLSearchParams, known: SpendingKnownIds): { state: SpendingState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const mark = knownIdParam(params, 'mark', known.figures, dropped);
  const metric = knownIdParam(params, 'metric', known.metrics, dropped);
  const units = known.metrics.get(shownScale({ metric, unit: null, mark }, known).metric ?? '');
  const unit = knownIdParam(params, 'unit', units ?? new Set<string>(), dropped);
  const actorsWithFigures = units?.get(shownScale({ metric, unit, mark }, known).unit ?? '') ?? new Set<string>();
  const actors = listParam(params, 'actors').filter((id) => {
    if (actorsWithFigures.has(id)) return true;
    dropped.push({ param: 'actors', value: id });
    return false;
  });
  const show = params.get('show');
  if (show !== null && show !== 'table') dropped.push({ param: 'show', value: show });
  return { state: { metric, unit, actors, mark, table: show === 'table' }, dropped };
}

/** Writes only what differs from the defaults, keeping other views' params. */
export function writeSpendingParams(state: SpendingState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of PARAMS) params.delete(name);
  if (state.metric) params.set('metric', state.metric);
  if (state.unit) params.set('unit', state.unit);
  if (state.actors.length) params.set('actors', state.actors.join(','));
  if (state.mark) params.set('mark', state.mark);
  if (state.table) params.set('show', 'table');
  return params;
}

/** A link to the timeline with one figure's evidence open (the page shows that figure's metric and unit). */
export const spendingHref = (figureId: string) => viewHref('/spending', writeSpendingParams({ ...defaultSpendingState, mark: figureId }));
