/**
 * The topic codebook (data/codebook.json) as typed data, and the one topic outside it: "unassigned",
 * where the extractor files a position none of the codebook's cues fit, for a person to place.
 * Zod-free: the review screen and the extractor's worker read it without bundling zod.
 */
import codebookJson from '../../data/codebook.json';
import type { Codebook, CodebookTopic } from './codebook';
import { UNASSIGNED_TOPIC_ID } from './codes';
import type { Topic } from './schema';

export const codebook: Codebook = codebookJson;

export const unassignedTopic: Topic = {
  id: UNASSIGNED_TOPIC_ID,
  label: 'Unassigned',
  question: 'Which topic does this position answer? The extractor found none of the codebook’s cues; a person is to place it.',
  group: 'To place',
};

/** A codebook topic as a dataset holds it (without its cues and example). */
export const datasetTopic = ({ id, label, question, group }: CodebookTopic): Topic => ({ id, label, question, group });
