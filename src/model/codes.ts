/**
 * The coded values of the data contract. Kept apart from the zod schema so that views can use them
 * without bundling zod (the built-in dataset is validated at build and test time, not in the browser).
 */
export const actorKinds = ['person', 'state', 'organization', 'group'] as const;
export const stances = ['supports', 'opposes', 'conditional', 'ambiguous', 'none'] as const;
/**
 * Which way a stance leans, for telling a change of mind from a change of degree: a move between a
 * positive and a negative lean is a reversal; any other change of stance is a shift.
 */
export const stanceLean: Record<(typeof stances)[number], number> = { supports: 2, conditional: 1, ambiguous: 0, none: 0, opposes: -2 };
export const certainties = ['committed', 'ruled-out', 'hinted', 'noncommittal', 'reported'] as const;
export const bases = ['direct-quote', 'paraphrase', 'attributed'] as const;
export const figureStatuses = ['current', 'pledged', 'aspiration', 'demanded', 'claimed'] as const;
/** A quantity's unit: a share of GDP, a plain percentage, an amount of a currency, or a count of a named thing. */
export const quantityUnits = ['share-of-gdp', 'percent', 'money', 'count'] as const;
export type QuantityUnit = (typeof quantityUnits)[number];

/**
 * The values a real article can state, per unit; anything outside is a slip of the keys or of a
 * conversion (1e308 would be drawn as "Infinity"), and is refused. A share of GDP runs from 0 to 100; a
 * plain percentage to 10,000 (a 145% tariff, a 2,000% rise). An amount of money runs to 10^17 in its own
 * currency: a national budget in rupiah is about 3.6 × 10^15. A count runs to 10^12. A cut or a deficit is
 * stated as a positive amount.
 */
export const QUANTITY_RANGES: Record<QuantityUnit, { min: number; max: number; words: string }> = {
  'share-of-gdp': { min: 0, max: 100, words: 'from 0 to 100 (% of GDP)' },
  percent: { min: 0, max: 10_000, words: 'from 0 to 10,000 (%)' },
  money: { min: 0, max: 1e17, words: 'from 0 to 10^17 (in its currency)' },
  count: { min: 0, max: 1e12, words: 'from 0 to 10^12 (a count)' },
};
/** Every unit's range together: the bounds written into the JSON Schema. */
export const QUANTITY_VALUE_MAX = Math.max(...Object.values(QUANTITY_RANGES).map((r) => r.max));

export const inQuantityRange = (value: number, unit: QuantityUnit) => value >= QUANTITY_RANGES[unit].min && value <= QUANTITY_RANGES[unit].max;

/** Why `value` is refused: the range of its unit, or of every unit when the unit is not known. */
export const quantityRangeMessage = (value: unknown, unit?: string) => {
  const range = unit ? QUANTITY_RANGES[unit as QuantityUnit] : undefined;
  const allowed = range ? `in ${unit} a value must be ${range.words}` : `a value must be ${Object.values(QUANTITY_RANGES).map((r) => r.words).join(' or ')}, by its unit`;
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
  'aids',
] as const;
/** Whether a relation took place, is proposed by a party, or is only spoken of as possible. */
export const relationStatuses = ['happened', 'proposed', 'possible'] as const;
/** Whether the words state a datum, or it is our reading of them (and then the reading says why). */
export const readings = ['stated', 'inferred'] as const;

/** The lists of items a dataset holds, in the order the schema gives them. */
export const datasetCollections = ['sources', 'actors', 'topics', 'positions', 'figures', 'deals', 'dealTerms', 'events', 'relations'] as const;

/** The version written into every dataset; bump it with a migration in `migrations.ts`. */
export const SCHEMA_VERSION = 2;

/** The topic of positions no codebook topic was found for, left for a person to place (see codebookTopics.ts). */
export const UNASSIGNED_TOPIC_ID = 'unassigned';
