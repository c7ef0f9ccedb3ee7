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
