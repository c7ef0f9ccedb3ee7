import { z } from 'zod';
import {
  actorKinds,
  stances,
  certainties,
  bases,
  figureStatuses,
  quantityUnits,
  QUANTITY_RANGES,
  QUANTITY_VALUE_MAX,
  quantityRangeMessage,
  inQuantityRange,
  termStatuses,
  datePrecisions,
  dateDerivations,
  relationKinds,
  relationStatuses,
  readings,
  SCHEMA_VERSION,
} from './codes';
import { metricIds } from './metrics';

// Zod would otherwise compile parsers with `new Function`, which the app's CSP (no 'unsafe-eval') forbids:
// even its probe for eval is reported as a violation.
z.config({ jitless: true });

// Defined in codes.ts so that zod-free code (the saved workspace's migrations) can read it.
export { SCHEMA_VERSION };

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');

/** Only http(s) links are ever rendered from data. */
export const httpUrl = z
  .string()
  .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://');

/**
 * A quote of the source, in the manner of the W3C Web Annotation TextPositionSelector and
 * TextQuoteSelector. Offsets are UTF-16 code units, so `text.slice(start, end) === exact`.
 */
export const spanSchema = z
  .object({
    source: idSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
  });
// How start, end and exact agree is checked with the text, in checkIntegrity (validate.ts), in one loop
// over the spans rather than by a refinement that zod would call for each span.

export const evidenceSchema = z.array(spanSchema).min(1, 'every datum needs at least one evidence span');

export const sourceSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  published: z.object({
    date: isoDate,
    inferred: z.boolean(),
    /** How an inferred date was reached. */
    note: z.string().optional(),
  }),
  /** Path of the plain text, relative to `data/`. */
  textPath: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex sha256'),
  url: httpUrl.optional(),
});

/** Which extractor rule drafted a datum, and how sure that rule is (0 to 1); kept after a person confirms it. */
export const draftSchema = z.object({
  rule: z.string().min(1),
  confidence: z.number().min(0).max(1),
});

/**
 * Whether the words state a datum or it is our reading of them. An inferred datum says why in `readingNote`
 * (which words, and what we read into them).
 */
const readingFields = {
  reading: z.enum(readings),
  readingNote: z.string().min(1).optional(),
};
const inferredSaysWhy = (datum: { reading: string; readingNote?: string }) => datum.reading !== 'inferred' || datum.readingNote !== undefined;
const inferredSaysWhyIssue = { path: ['readingNote'], message: 'an inferred datum needs a readingNote saying which words it reads and why' };

export const actorSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  kind: z.enum(actorKinds),
  role: z.string(),
  country: z.string().optional(),
  /** The strings the article uses for this actor. */
  aliases: z.array(z.string().min(1)),
  /** Named only as history or background (Thatcher, Reagan...). */
  historical: z.boolean(),
  evidence: evidenceSchema,
  /** Drafted by the extractor and not yet confirmed by a person. */
  machineDrafted: z.boolean().optional(),
  draft: draftSchema.optional(),
});

export const topicSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  question: z.string().min(1),
  group: z.string().min(1),
});

export const positionSchema = z
  .object({
    id: idSchema,
    actor: idSchema,
    topic: idSchema,
    stance: z.enum(stances),
    certainty: z.enum(certainties),
    /** How we know: the actor's own words, the article's paraphrase, or others' report. */
    basis: z.enum(bases),
    ...readingFields,
    summary: z.string().min(1),
    /** Ids of positions this one depends on. */
    conditions: z.array(idSchema),
    evidence: evidenceSchema,
    /** Drafted by the extractor and not yet confirmed by a person. */
    machineDrafted: z.boolean().optional(),
    draft: draftSchema.optional(),
  })
  .refine(inferredSaysWhy, inferredSaysWhyIssue);

export const figureTimeSchema = z
  .object({
    /** A single year, where the text gives one. */
    year: z.number().int().optional(),
    /** A window, where the text is vague ("after the next general election"). */
    earliest: z.number().int().optional(),
    latest: z.number().int().optional(),
    /** The text's own words for the time, e.g. "by 2027". */
    phrase: z.string(),
    /** How a window was reasoned from the phrase. */
    note: z.string().optional(),
  })
  .refine((time) => time.earliest === undefined || time.latest === undefined || time.earliest <= time.latest, {
    message: 'earliest must not be after latest',
    path: ['earliest'],
  });

/**
 * A value with its unit: a share of GDP, a plain percentage, an amount of money in the article's own
 * currency (ISO 4217, never converted), or a count of a named thing. One flat object rather than a union,
 * so that the fast exact check (exactCheck.ts) covers it.
 */
export const quantitySchema = z
  .object({
    unit: z.enum(quantityUnits),
    value: z
      .number()
      .min(0, { error: (issue) => quantityRangeMessage(issue.input) })
      .max(QUANTITY_VALUE_MAX, { error: (issue) => quantityRangeMessage(issue.input) })
      .describe(`Per unit: ${Object.entries(QUANTITY_RANGES).map(([unit, range]) => `${unit} ${range.words}`).join('; ')}.`),
    /** For money: the ISO 4217 code of the currency the article states it in. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code, e.g. USD, GBP, EUR').optional(),
    /** For a count: what is counted, in the plural ("troops", "submarines"). */
    thing: z.string().min(1).optional(),
  })
  .superRefine((quantity, context) => {
    const { unit, value } = quantity;
    if (value >= 0 && value <= QUANTITY_VALUE_MAX && !inQuantityRange(value, unit))
      context.addIssue({ code: 'custom', path: ['value'], message: quantityRangeMessage(value, unit) });
    if (unit === 'money' && quantity.currency === undefined)
      context.addIssue({ code: 'custom', path: ['currency'], message: 'an amount of money needs its currency (an ISO 4217 code)' });
    if (unit !== 'money' && quantity.currency !== undefined)
      context.addIssue({ code: 'custom', path: ['currency'], message: `only an amount of money has a currency, not a ${unit} quantity` });
    if (unit === 'count' && quantity.thing === undefined)
      context.addIssue({ code: 'custom', path: ['thing'], message: 'a count needs the thing it counts ("troops", "submarines")' });
    if (unit !== 'count' && quantity.thing !== undefined)
      context.addIssue({ code: 'custom', path: ['thing'], message: `only a count names a thing, not a ${unit} quantity` });
  });

export const figureSchema = z.object({
  id: idSchema,
  actor: idSchema,
  /** Who the figure is asked of or applies to, when not the actor (e.g. NATO members for a demand). */
  appliesTo: idSchema.optional(),
  /** What the figure measures, from the vocabulary in data/metrics.json. */
  metric: z.enum(metricIds),
  label: z.string().min(1),
  quantity: quantitySchema,
  time: figureTimeSchema.optional(),
  status: z.enum(figureStatuses),
  evidence: evidenceSchema,
  machineDrafted: z.boolean().optional(),
  draft: draftSchema.optional(),
});

export const dealSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  summary: z.string().min(1),
  parties: z.array(idSchema).min(1),
  evidence: evidenceSchema,
});

export const dealTermSchema = z.object({
  id: idSchema,
  deal: idSchema,
  label: z.string().min(1),
  description: z.string().min(1),
  quantity: quantitySchema.optional(),
  status: z.enum(termStatuses),
  backers: z.array(idSchema),
  contesters: z.array(idSchema),
  /**
   * For a claimed, demanded or missing term: the in-draft term of the same deal it is to be read
   * against (what the draft says on the same point). Optional; views show unpaired terms on their own.
   */
  draftCounterpart: idSchema.optional(),
  evidence: evidenceSchema,
});

export const eventSchema = z.object({
  id: idSchema,
  date: z.object({
    /** The first day the event may fall on. */
    value: isoDate,
    precision: z.enum(datePrecisions),
    derivation: z.enum(dateDerivations),
    /** The text's words and the reasoning, e.g. '"on Thursday", the day of publication'. */
    note: z.string().min(1),
  }),
  label: z.string().min(1),
  actors: z.array(idSchema),
  evidence: evidenceSchema,
  machineDrafted: z.boolean().optional(),
  draft: draftSchema.optional(),
});

export const relationSchema = z
  .object({
    id: idSchema,
    from: idSchema,
    to: idSchema,
    kind: z.enum(relationKinds),
    /** Whether it took place, is proposed, or is only spoken of as possible ("the possibility of inviting"). */
    status: z.enum(relationStatuses),
    ...readingFields,
    summary: z.string().min(1),
    evidence: evidenceSchema,
  })
  .refine(inferredSaysWhy, inferredSaysWhyIssue);

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: idSchema,
  title: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
  actors: z.array(actorSchema),
  topics: z.array(topicSchema),
  positions: z.array(positionSchema),
  figures: z.array(figureSchema),
  deals: z.array(dealSchema),
  dealTerms: z.array(dealTermSchema),
  events: z.array(eventSchema),
  relations: z.array(relationSchema),
});

export type Span = z.infer<typeof spanSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor['kind'];
export type Topic = z.infer<typeof topicSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Stance = Position['stance'];
export type Certainty = Position['certainty'];
export type Basis = Position['basis'];
export type Reading = Position['reading'];
export type Figure = z.infer<typeof figureSchema>;
export type FigureStatus = Figure['status'];
export type Deal = z.infer<typeof dealSchema>;
export type DealTerm = z.infer<typeof dealTermSchema>;
export type TermStatus = DealTerm['status'];
export type StanceEvent = z.infer<typeof eventSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RelationKind = Relation['kind'];
export type Quantity = z.infer<typeof quantitySchema>;
export type Draft = z.infer<typeof draftSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
