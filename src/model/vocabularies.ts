/**
 * The schemas of the vocabularies shipped as data beside the datasets (data/metrics.json, data/codebook.json and any
 * other), checked by `npm run validate:data` so that a slip in one is caught before it is bundled.
 */
import { z } from 'zod';
import { codebookSchema } from './codebook';
import { quantityUnits } from './codes';
import { extractorAccuracySchema } from './extractorAccuracy';
import { idSchema } from './schema';

const uniqueIds = (items: { id: string }[]) => new Set(items.map((item) => item.id)).size === items.length;

export const metricsFileSchema = z
  .array(
    z
      .object({
        id: idSchema,
        label: z.string().min(1),
        description: z.string().min(1),
        units: z.array(z.enum(quantityUnits)).min(1),
        /** Lower-case words or phrases of general news vocabulary, each once. */
        cues: z
          .array(z.string().regex(/^[a-z][a-z -]*[a-z]$/, 'a cue is lower-case words'))
          .refine((cues) => new Set(cues).size === cues.length, 'every cue must be unique'),
      })
      .strict(),
  )
  .min(1)
  .refine(uniqueIds, 'every metric id must be unique')
  .refine((items) => items.some((item) => item.id === 'other'), 'the vocabulary needs an "other" metric for figures that fit none');

/** Vocabulary files in data/ by name: validate-data checks them against these rather than as datasets. */
export const vocabularyFiles: Record<string, z.ZodType> = {
  'metrics.json': metricsFileSchema,
  'extractor-accuracy.json': extractorAccuracySchema,
  'codebook.json': codebookSchema,
};
