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

export const extractorAccuracySchema = z
  .object({
    /** The day of the measurement, YYYY-MM-DD. */
    measured: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** How many articles of the development corpus were scored. */
    articles: z.number().int().positive(),
    categories: z.array(accuracyCategorySchema).min(1),
  })
  .strict();

export type ExtractorAccuracy = z.infer<typeof extractorAccuracySchema>;
