import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusTopics } from '../../src/eval/gold';
import { tag } from '../../src/extract/nlp';
import { cueWeights } from '../../src/extract/topicCues';
import { codebookSchema } from '../../src/model/codebook';
import { codebook } from '../../src/model/codebookTopics';
import { UNASSIGNED_TOPIC_ID } from '../../src/model/codes';
import { builtinDataset } from '../../src/data/builtinDataset';
import { validateDatasetFile } from '../../src/cli/validate-data';

const ids = new Set(codebook.topics.map((t) => t.id));

describe('the topic codebook (data/codebook.json)', () => {
  it('parses against its schema, and validate:data checks it', () => {
    expect(codebookSchema.parse(JSON.parse(readFileSync('data/codebook.json', 'utf8')))).toEqual(codebook);
    expect(validateDatasetFile('data/codebook.json')).toEqual([]);
  });

  it('refuses a topic without cues and a repeated id', () => {
    const [first] = codebook.topics;
    expect(codebookSchema.safeParse({ ...codebook, topics: [{ ...first, cues: [] }] }).success).toBe(false);
    expect(codebookSchema.safeParse({ ...codebook, topics: [first, first] }).success).toBe(false);
  });

  it('holds every topic of the built-in dataset and of the corpus gold, under the same ids', () => {
    for (const topic of builtinDataset.topics) expect(ids, topic.id).toContain(topic.id);
    for (const id of Object.keys(corpusTopics)) expect(ids, id).toContain(id);
  });

  it('covers diplomatic news broadly, and keeps "unassigned" out of it', () => {
    expect(codebook.topics.length).toBeGreaterThanOrEqual(50);
    expect(new Set(codebook.topics.map((t) => t.group)).size).toBeGreaterThanOrEqual(15);
    expect(ids).not.toContain(UNASSIGNED_TOPIC_ID);
  });

  it('files each topic’s example under that topic by its cues', () => {
    const misfiled = codebook.topics.flatMap((topic) => {
      const weights = cueWeights(tag(topic.example).lemmas);
      const best = Math.max(0, ...weights.values());
      return weights.get(topic.id) === best ? [] : [`${topic.id}: ${[...weights].map(([id, w]) => `${id} ${w}`).join(', ') || 'no cue'}`];
    });
    expect(misfiled).toEqual([]);
  });
});
