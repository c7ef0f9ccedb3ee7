import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/indexDataset';
import { codebookGroups, codeFamilies } from '../../src/views/method/methodExamples';
import { harbourIndex } from '../fixtures/harbourCompact';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

const entry = (families: ReturnType<typeof codeFamilies>, family: string, value: string) =>
  families.find((f) => f.id === family)!.entries.find((e) => e.value === value)!;

describe('the method page’s examples', () => {
  it('counts each code in the dataset and takes its first datum as the example, linked by kind and id', () => {
    const families = codeFamilies(indexDataset(miniDataset(), miniTexts));
    expect(entry(families, 'stance', 'supports')).toMatchObject({ count: 5, example: { kind: 'position', id: 'alice-treaty' } });
    expect(entry(families, 'certainty', 'hinted').example?.title).toBe('Carol on Treaty: Conditional · Hinted · Paraphrase');
    expect(entry(families, 'stance', 'none')).toMatchObject({ count: 0, example: null });
  });

  it('prefers a stated datum as the example, and shows an inferred one with its note', () => {
    const data = miniDataset();
    Object.assign(data.positions[0]!, { reading: 'inferred', readingNote: 'why we read it so' });
    const families = codeFamilies(indexDataset(data, miniTexts));
    expect(entry(families, 'stance', 'supports').example?.id).toBe('alice-fund');
    expect(entry(families, 'reading', 'inferred')).toMatchObject({ count: 1, example: { id: 'alice-treaty', note: 'why we read it so' } });
  });

  it('groups the codebook by the dataset’s own topic groups', () => {
    expect(codebookGroups(harbourIndex()).map((g) => g.group)).toEqual([...new Set(harbourIndex().dataset.topics.map((t) => t.group))]);
    const [diplomacy] = codebookGroups(indexDataset(miniDataset(), miniTexts));
    expect(diplomacy).toMatchObject({ group: 'Diplomacy', topics: [{ topic: { id: 'treaty' }, positions: 3, actors: 3 }, { topic: { id: 'pact' }, positions: 1, actors: 1 }] });
  });
});
