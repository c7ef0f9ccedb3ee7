/**
 * The extractor's latest measured accuracy, as `npm run eval:extract` writes it to
 * data/extractor-accuracy.json for the method page: pooled counts, recall and precision per category.
 */
import { z } from 'zod';

const share = z.number().min(0).max(1).nullable();

export const accuracyCategorySchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    /** Gold items, and how many of them the extractor found. */
    gold: z.number().int().nonnegative(),
    hits: z.number().int().nonnegative(),
    /** Items the extractor drafted, and how many of them match a gold item. */
    found: z.number().int().nonnegative(),
    correct: z.number().int().nonnegative(),
    recall: share,
    precision: share,
  })
  .strict();

const measurement = {
  /** The day of the measurement, YYYY-MM-DD. */
  measured: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** How many articles were scored. */
  articles: z.number().int().positive(),
  categories: z.array(accuracyCategorySchema).min(1),
};

export const extractorAccuracySchema = z
  .object({
    ...measurement,
    /** The same on held-out articles no rule was written for (tests/fixtures/heldout). */
    heldOut: z.object(measurement).strict().optional(),
  })
  .strict();

export type ExtractorAccuracy = z.infer<typeof extractorAccuracySchema>;
