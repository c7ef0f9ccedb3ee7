/**
 * The coded values of the data contract. Kept apart from the zod schema so that views can use them
 * without bundling zod (the built-in dataset is validated at build and test time, not in the browser).
 */
export const actorKinds = ['person', 'state', 'organization', 'group'] as const;
export const stances = ['supports', 'opposes', 'conditional', 'ambiguous', 'none'] as const;
export const certainties = ['committed', 'ruled-out', 'hinted', 'noncommittal', 'reported'] as const;
export const bases = ['direct-quote', 'paraphrase', 'attributed'] as const;
export const figureStatuses = ['current', 'pledged', 'aspiration', 'demanded', 'claimed'] as const;
export const figureUnits = ['percent-of-gdp', 'usd'] as const;

/**
 * The values a real article can state, per unit; anything outside is a slip of the keys or of a
 * conversion (1e308 would be drawn as "Infinity"), and is refused. A share of GDP runs from 0 to 100.
 * An amount of US dollars runs from 0 to 10^15, a thousand trillion: ten times the world's yearly
 * output, far above any budget, deal or debt. A cut or a deficit is stated as a positive amount.
 */
export const FIGURE_RANGES: Record<(typeof figureUnits)[number], { min: number; max: number; words: string }> = {
  'percent-of-gdp': { min: 0, max: 100, words: 'from 0 to 100 (% of GDP)' },
  usd: { min: 0, max: 1e15, words: 'from 0 to 1,000,000,000,000,000 (US dollars)' },
};
/** Every unit's range together: the bounds written into the JSON Schema. */
export const FIGURE_VALUE_MAX = Math.max(...Object.values(FIGURE_RANGES).map((r) => r.max));

export const inFigureRange = (value: number, unit: (typeof figureUnits)[number]) => value >= FIGURE_RANGES[unit].min && value <= FIGURE_RANGES[unit].max;

/** Why `value` is refused: the range of its unit, or of every unit when the unit is not known. */
export const figureRangeMessage = (value: unknown, unit?: string) => {
  const range = unit ? FIGURE_RANGES[unit as keyof typeof FIGURE_RANGES] : undefined;
  const allowed = range ? `in ${unit} a value must be ${range.words}` : `a value must be ${Object.values(FIGURE_RANGES).map((r) => r.words).join(' or ')}, by its unit`;
  return `${String(value)} is outside what an article can state: ${allowed}.`;
};

export const termStatuses = ['in-draft', 'claimed', 'demanded', 'absent-from-draft', 'charged'] as const;
export const datePrecisions = ['day', 'week', 'month', 'year'] as const;
export const dateDerivations = ['stated', 'resolved-weekday', 'resolved-relative', 'outside-knowledge'] as const;
export const relationKinds = [
  'persuades',
  'aligns-with',
  'pressures',
  'visits',
  'votes-with',
  'partners-with',
  'allied-with',
  'invites',
  'hosted',
  'criticises',
  'opposes',
] as const;

/** The lists of items a dataset holds, in the order the schema gives them. */
export const datasetCollections = ['sources', 'actors', 'topics', 'positions', 'figures', 'deals', 'dealTerms', 'events', 'relations'] as const;

/** The version written into every dataset; bump it with a migration in `migrations.ts`. */
export const SCHEMA_VERSION = 1;
