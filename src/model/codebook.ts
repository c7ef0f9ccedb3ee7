/**
 * The schema of the topic codebook shipped as data (data/codebook.json), checked by
 * `npm run validate:data`: each topic is a question a position answers, in a group, with the cue
 * phrases that mark it in news prose and an example sentence, as a coding handbook gives them.
 */
import { z } from 'zod';
import { idSchema } from './schema';

export const codebookTopicSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1),
    question: z.string().min(1),
    group: z.string().min(1),
    /** Words and phrases that mark the topic, matched by lemma ("tariffs" finds "tariff"). */
    cues: z.array(z.string().trim().min(1)).min(1),
    /** A sentence of the kind the topic files, for a coder to compare against. */
    example: z.string().min(1),
  })
  .strict();

export const codebookSchema = z
  .object({
    about: z.string().min(1),
    topics: z
      .array(codebookTopicSchema)
      .min(1)
      .refine((topics) => new Set(topics.map((t) => t.id)).size === topics.length, 'every topic id must be unique'),
  })
  .strict();

export type CodebookTopic = z.infer<typeof codebookTopicSchema>;
export type Codebook = z.infer<typeof codebookSchema>;
