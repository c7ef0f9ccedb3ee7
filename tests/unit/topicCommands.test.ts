import { beforeEach, describe, expect, it } from 'vitest';
import { datasetTopic, codebook, unassignedTopic } from '../../src/model/codebookTopics';
import { UNASSIGNED_TOPIC_ID } from '../../src/model/codes';
import type { Dataset } from '../../src/model/schema';
import { validateDataset } from '../../src/model/validate';
import { useAppStore } from '../../src/store/appStore';
import { applyCommand } from '../../src/store/datasetEdits';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

const sanctions = datasetTopic(codebook.topics.find((t) => t.id === 'sanctions')!);
const custom = { id: 'river-treaty', label: 'River treaty', question: 'Should the river treaty be signed?', group: 'Added in review' };

/** The mini dataset with two of its positions left unassigned, as the extractor leaves them. */
function withUnassigned(): Dataset {
  const dataset = miniDataset();
  return {
    ...dataset,
    topics: [...dataset.topics, unassignedTopic],
    positions: dataset.positions.map((p) => (p.id === 'alice-fund' || p.id === 'bob-fund' ? { ...p, topic: UNASSIGNED_TOPIC_ID } : p)),
  };
}

beforeEach(() => {
  useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
});

describe('addTopic', () => {
  it('adds a codebook topic or a person’s own, and the dataset stays valid', () => {
    const after = applyCommand(applyCommand(miniDataset(), { type: 'addTopic', topic: sanctions }), { type: 'addTopic', topic: custom });
    expect(after.topics.slice(-2)).toEqual([sanctions, custom]);
    expect(validateDataset(after, miniTexts)).toMatchObject({ ok: true });
  });

  it('leaves the dataset as it was when the id is taken', () => {
    const dataset = miniDataset();
    expect(applyCommand(dataset, { type: 'addTopic', topic: { ...custom, id: 'treaty' } })).toBe(dataset);
  });
});

describe('moveToTopic', () => {
  it('files a position under another topic of the dataset', () => {
    const after = applyCommand(miniDataset(), { type: 'moveToTopic', id: 'bob-treaty', topic: miniDataset().topics[1]! });
    expect(after.positions.find((p) => p.id === 'bob-treaty')!.topic).toBe('fund');
    expect(after.topics).toEqual(miniDataset().topics);
  });

  it('adds a codebook topic the dataset lacks as it files the position under it, and stays valid', () => {
    const after = applyCommand(miniDataset(), { type: 'moveToTopic', id: 'bob-treaty', topic: sanctions });
    expect(after.positions.find((p) => p.id === 'bob-treaty')!.topic).toBe('sanctions');
    expect(after.topics.at(-1)).toEqual(sanctions);
    expect(validateDataset(after, miniTexts)).toMatchObject({ ok: true });
  });

  it('drops "Unassigned" once its last position is placed, not before', () => {
    const one = applyCommand(withUnassigned(), { type: 'moveToTopic', id: 'alice-fund', topic: sanctions });
    expect(one.topics.map((t) => t.id)).toContain(UNASSIGNED_TOPIC_ID);
    const both = applyCommand(one, { type: 'moveToTopic', id: 'bob-fund', topic: sanctions });
    expect(both.topics.map((t) => t.id)).not.toContain(UNASSIGNED_TOPIC_ID);
    expect(validateDataset(both, miniTexts)).toMatchObject({ ok: true });
  });

  it('changes nothing for an unknown position or the topic it already has', () => {
    const dataset = miniDataset();
    expect(applyCommand(dataset, { type: 'moveToTopic', id: 'nobody', topic: sanctions })).toBe(dataset);
    expect(applyCommand(dataset, { type: 'moveToTopic', id: 'bob-treaty', topic: dataset.topics[0]! })).toBe(dataset);
  });

  it('is one step to undo, topic added and position moved together', () => {
    const store = useAppStore.getState;
    store().addDataset({ dataset: withUnassigned(), texts: Object.fromEntries(miniTexts), origin: 'imported' });
    store().edit({ type: 'moveToTopic', id: 'alice-fund', topic: sanctions });
    expect(store().datasets.mini!.dataset.positions.find((p) => p.id === 'alice-fund')!.topic).toBe('sanctions');
    store().undo();
    expect(store().datasets.mini!.dataset).toEqual(withUnassigned());
    store().redo();
    expect(store().datasets.mini!.dataset.topics.at(-1)).toEqual(sanctions);
  });
});
