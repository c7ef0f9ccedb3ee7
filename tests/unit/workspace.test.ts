import { beforeEach, describe, expect, it } from 'vitest';
import { extractDataset } from '../../src/extract/extractDataset';
import { useAppStore } from '../../src/store/appStore';
import { applyCommand } from '../../src/store/datasetEdits';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';
import { validateDataset } from '../../src/model/validate';
import { builtinDataset, builtinIndex } from '../../src/data/builtinDataset';

const texts = Object.fromEntries(miniTexts);
const store = () => useAppStore.getState();

beforeEach(() => {
  useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
});

describe('the workspace', () => {
  it('adds a dataset under a free id and shows it', () => {
    const first = store().addDataset({ dataset: miniDataset(), texts, origin: 'imported' });
    const second = store().addDataset({ dataset: miniDataset(), texts, origin: 'imported' });
    expect([first, second]).toEqual(['mini', 'mini-2']);
    expect(store().datasets['mini-2']!.dataset.id).toBe('mini-2');
    expect(store().activeId).toBe('mini-2');
  });

  it('edits only the active dataset, and undo and redo step through the edits', () => {
    store().addDataset({ dataset: miniDataset(), texts, origin: 'imported' });
    const id = miniDataset().positions[0]!.id;
    store().edit({ type: 'updatePosition', id, changes: { stance: 'opposes' } });
    store().edit({ type: 'updatePosition', id, changes: { summary: 'Edited' } });
    const position = () => store().datasets.mini!.dataset.positions[0]!;
    expect(position()).toMatchObject({ stance: 'opposes', summary: 'Edited' });
    store().undo();
    expect(position().summary).not.toBe('Edited');
    store().undo();
    expect(position().stance).toBe(miniDataset().positions[0]!.stance);
    store().redo();
    expect(position().stance).toBe('opposes');
  });

  it('leaves the built-in dataset read-only, and an edit made while it is on show touches no saved dataset', () => {
    store().addDataset({ dataset: miniDataset(), texts, origin: 'imported' }, { activate: false });
    const before = store().datasets;
    const starmer = builtinDataset.actors.find((a) => a.id === 'keir-starmer');
    expect(starmer).toBeDefined();
    store().edit({ type: 'delete', kind: 'actor', id: 'keir-starmer' });
    store().edit({ type: 'delete', kind: 'actor', id: 'alice' });
    expect(builtinDataset.actors).toContain(starmer);
    expect(builtinIndex.actors.get('keir-starmer')).toBe(starmer);
    expect(store().datasets).toBe(before);
    expect(store().datasets.mini!.dataset.actors.map((a) => a.id)).toContain('alice');
    expect(store()).toMatchObject({ activeId: null, past: [], future: [] });
    // The same edit with the saved dataset on show does change it, so the checks above can tell.
    store().setActive('mini');
    store().edit({ type: 'delete', kind: 'actor', id: 'alice' });
    expect(store().datasets.mini!.dataset.actors.map((a) => a.id)).not.toContain('alice');
  });

  it('removing the dataset on show goes back to the built-in one', () => {
    store().addDataset({ dataset: miniDataset(), texts, origin: 'imported' });
    store().removeDataset('mini');
    expect(store().activeId).toBeNull();
  });
});

describe('dataset edits', () => {
  it('deleting an actor deletes what depends on it, and the dataset stays valid', () => {
    const dataset = miniDataset();
    const actor = dataset.actors[0]!.id;
    const after = applyCommand(dataset, { type: 'delete', kind: 'actor', id: actor });
    expect(after.actors.some((a) => a.id === actor)).toBe(false);
    expect(after.positions.some((p) => p.actor === actor)).toBe(false);
    expect(validateDataset(after, miniTexts)).toMatchObject({ ok: true });
  });

  it('deleting a topic deletes its positions, and the dataset stays valid', () => {
    const dataset = miniDataset();
    const topic = dataset.topics[0]!.id;
    const after = applyCommand(dataset, { type: 'delete', kind: 'topic', id: topic });
    expect(after.positions.some((p) => p.topic === topic)).toBe(false);
    expect(validateDataset(after, miniTexts)).toMatchObject({ ok: true });
  });

  it('confirming clears the machine-drafted mark', () => {
    const { dataset } = extractDataset('President Ann Lee ruled out new tariffs on steel.', { published: '2025-01-01' });
    const id = dataset.positions[0]!.id;
    expect(applyCommand(dataset, { type: 'confirm', kind: 'position', id }).positions[0]!.machineDrafted).toBe(false);
  });

  it('refuses an empty summary', () => {
    const dataset = miniDataset();
    expect(applyCommand(dataset, { type: 'updatePosition', id: dataset.positions[0]!.id, changes: { summary: '  ' } })).toBe(dataset);
  });
});
