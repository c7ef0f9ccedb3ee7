/**
 * The saved workspace against a real IndexedDB implementation (fake-indexeddb): what is written and
 * when, what a damaged or unreadable store leads to, two tabs, and failing writes.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore as createKeyvalStore, set as keyvalSet, get as keyvalGet } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, type StoreApi } from 'zustand';
import { sha256Hex } from '../../src/model/sha256';
import type { Dataset } from '../../src/model/schema';
import { useAppStore } from '../../src/store/appStore';
import { useHoverStore } from '../../src/store/hoverStore';
import { DB_NAME, LEGACY, openWorkspaceDb, type WorkspaceDb } from '../../src/store/workspaceDb';
import { createWorkspaceSlice, type WorkspaceSlice } from '../../src/store/workspaceSlice';
import { CHANNEL_NAME, connectWorkspace, type Channel, type WorkspaceSync } from '../../src/store/workspaceSync';
import { miniDataset, miniText } from '../fixtures/miniDataset';

/** The mini dataset with its text's real hash, so it passes the checks an import makes. */
function sound(id = 'mini', title = 'A mini story'): Dataset {
  const dataset = miniDataset();
  return { ...dataset, id, title, sources: dataset.sources.map((s) => ({ ...s, sha256: sha256Hex(miniText) })) };
}
const entry = (id?: string, title?: string) => ({ dataset: sound(id, title), texts: { story: miniText }, origin: 'imported' as const });

type Write = { store: string; key: unknown };
let writes: Write[];
const originalPut = IDBObjectStore.prototype.put;
const running: { sync: WorkspaceSync; channel: Channel | null }[] = [];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  writes = [];
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    writes.push({ store: this.name, key: key ?? (value as { id?: unknown }).id });
    return originalPut.call(this, value, key);
  };
});

afterEach(async () => {
  for (const { sync, channel } of running.splice(0)) {
    await sync.idle().catch(() => undefined);
    sync.stop();
    channel?.close();
  }
  IDBObjectStore.prototype.put = originalPut;
});

/** A tab: a store and its sync, as main.tsx starts them. */
function openTab(options: { store?: StoreApi<WorkspaceSlice>; openDb?: () => Promise<WorkspaceDb>; channel?: boolean } = {}) {
  const store = options.store ?? createStore<WorkspaceSlice>()(createWorkspaceSlice);
  const channel = options.channel ? (new BroadcastChannel(CHANNEL_NAME) as unknown as Channel) : null;
  const sync = connectWorkspace(store, options.openDb ?? (() => openWorkspaceDb()), channel);
  running.push({ sync, channel });
  return { store, sync, state: () => store.getState() };
}

async function closeTab(tab: ReturnType<typeof openTab>) {
  await tab.sync.idle();
  tab.sync.stop();
}

/** The stored dataset records, read straight from IndexedDB. */
async function storedRecords(): Promise<Record<string, { revision: number; dataset: Dataset; texts?: unknown }>> {
  const db = await openWorkspaceDb();
  const { records } = await db.readAll();
  db.close();
  return Object.fromEntries((records as { id: string; revision: number; dataset: Dataset }[]).map((r) => [r.id, r]));
}

/** Changes one stored record in place, as damage outside the app would. */
async function damage(id: string, change: (record: Record<string, unknown>) => void) {
  const request = indexedDB.open(DB_NAME);
  const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
  const tx = db.transaction('datasets', 'readwrite');
  const store = tx.objectStore('datasets');
  const get = store.get(id);
  await new Promise((resolve) => (get.onsuccess = resolve));
  const record = get.result as Record<string, unknown>;
  change(record);
  originalPut.call(store, record);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

async function twoSaved() {
  const tab = openTab();
  await tab.sync.ready;
  tab.state().addDataset(entry('mini'));
  tab.state().addDataset(entry('other', 'Another story'));
  await closeTab(tab);
}

describe('what is written, and when', () => {
  it('hovering writes nothing; an edit writes once, and only the dataset it changed', async () => {
    const tab = openTab({ store: useAppStore });
    await tab.sync.ready;
    tab.state().addDataset(entry('mini'));
    tab.state().addDataset(entry('other', 'Another story'));
    tab.state().setActive('mini');
    await tab.sync.idle();
    writes = [];
    for (let i = 0; i < 20; i++) useHoverStore.getState().setHovered({ kind: 'actor', id: i % 2 ? 'alice' : 'bob' });
    await tab.sync.idle();
    expect(writes).toEqual([]);
    tab.state().edit({ type: 'updatePosition', id: sound().positions[0]!.id, changes: { stance: 'opposes' } });
    await tab.sync.idle();
    expect(writes).toEqual([{ store: 'datasets', key: 'mini' }]);
    expect((await storedRecords()).mini!.dataset.positions[0]!.stance).toBe('opposes');
  });

  it('says it is saving from the moment of an edit until the write has landed', async () => {
    const tab = openTab({ store: useAppStore });
    await tab.sync.ready;
    tab.state().addDataset(entry('mini'));
    await tab.sync.idle();
    expect(tab.state().saving).toBe(false);
    tab.state().edit({ type: 'updatePosition', id: sound().positions[0]!.id, changes: { stance: 'opposes' } });
    expect(tab.state().saving).toBe(true);
    await tab.sync.idle();
    expect(tab.state().saving).toBe(false);
    expect((await storedRecords()).mini!.dataset.positions[0]!.stance).toBe('opposes');
  });

  it('a reload shows the datasets and the choice of dataset as they were saved', async () => {
    await twoSaved();
    const tab = openTab();
    await tab.sync.ready;
    expect(Object.keys(tab.state().datasets).sort()).toEqual(['mini', 'other']);
    expect(tab.state().datasets.other!.dataset).toEqual(sound('other', 'Another story'));
    expect(tab.state().activeId).toBe('other');
  });

  it('writes nothing before the saved workspace is read, then saves what was made meanwhile beside it', async () => {
    await twoSaved();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const tab = openTab({ openDb: async () => (await gate, openWorkspaceDb()) });
    tab.state().addDataset(entry('mini', 'Made while loading'));
    tab.state().reportStorageProblem('a notice while loading');
    writes = [];
    open();
    await tab.sync.ready;
    expect(writes.filter((w) => w.store === 'datasets').map((w) => w.key)).toEqual(['mini-2']);
    await tab.sync.idle();
    const stored = await storedRecords();
    expect(stored.mini!.dataset.title).toBe('A mini story');
    expect(stored['mini-2']!.dataset.title).toBe('Made while loading');
    expect(tab.state().activeId).toBe('mini-2');
  });
});

describe('an earlier version’s workspace', () => {
  it('loads a workspace saved as one idb-keyval record, and leaves that record as it was', async () => {
    const legacy = JSON.stringify({
      state: {
        datasets: {
          mini: { ...entry('mini'), savedAt: '2025-01-01T00:00:00.000Z' },
          bad: { dataset: 7, texts: {}, origin: 'imported', savedAt: '2025-01-01T00:00:00.000Z' },
        },
        activeId: 'mini',
      },
      version: 1,
    });
    const keyval = createKeyvalStore(LEGACY.db, LEGACY.store);
    await keyvalSet(LEGACY.key, legacy, keyval);
    const tab = openTab();
    await tab.sync.ready;
    expect(tab.state().datasets.mini!.dataset).toEqual(sound());
    expect(tab.state().datasets.mini!.savedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(tab.state().activeId).toBe('mini');
    expect(tab.state().setAside.map((s) => [s.id, s.issues[0]!.message])).toEqual([['bad', 'a dataset must be a JSON object']]);
    expect(await keyvalGet(LEGACY.key, keyval)).toBe(legacy);
    await closeTab(tab);
    // Copied in once: a second start reads the new records only.
    const again = openTab();
    await again.sync.ready;
    expect(Object.keys(again.state().datasets)).toEqual(['mini']);
    expect(again.state().setAside).toHaveLength(1);
  });
});

describe('read, check, then report', () => {
  it('sets a damaged dataset aside with what is wrong, and leaves the others untouched, across reloads', async () => {
    await twoSaved();
    const before = await storedRecords();
    await damage('other', (record) => delete record.texts);
    writes = [];
    const first = openTab();
    await first.sync.ready;
    expect(Object.keys(first.state().datasets)).toEqual(['mini']);
    expect(first.state().setAside).toMatchObject([{ id: 'other', title: 'Another story' }]);
    expect(first.state().setAside[0]!.issues[0]!.message).toMatch(/does not carry the text of source "story"/);
    expect(first.state().storageProblem).toMatch(/One saved dataset, “Another story”, is damaged.*Everything else is here/);
    expect(writes.map((w) => w.store)).not.toContain('datasets');
    await closeTab(first);
    const second = openTab();
    await second.sync.ready;
    expect(Object.keys(second.state().datasets)).toEqual(['mini']);
    expect(second.state().setAside).toHaveLength(1);
    expect((await storedRecords()).mini).toEqual(before.mini);
  });

  it('keeps every set-aside copy, and removes one only when asked', async () => {
    await twoSaved();
    await damage('other', (record) => ((record.dataset as Dataset).actors = [null, 42] as never));
    const first = openTab();
    await first.sync.ready;
    first.state().addDataset(entry('other', 'Another story, again'));
    await closeTab(first);
    await damage('other', (record) => ((record.dataset as Dataset).sources = []));
    const second = openTab();
    await second.sync.ready;
    const setAside = second.state().setAside;
    expect(setAside.map((s) => s.title)).toEqual(['Another story', 'Another story, again']);
    expect(setAside[0]!.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['actors[0]', 'actors[1]']));
    expect((setAside[0]!.record as { dataset: Dataset }).dataset.actors).toEqual([null, 42]);
    await second.sync.removeSetAside(setAside[0]!);
    await closeTab(second);
    const third = openTab();
    await third.sync.ready;
    expect(third.state().setAside.map((s) => s.title)).toEqual(['Another story, again']);
    expect(Object.keys(third.state().datasets)).toEqual(['mini']);
  });

  it('after a failed read at start-up, saves nothing, and the next start finds everything', async () => {
    await twoSaved();
    const before = await storedRecords();
    const broken = async (): Promise<WorkspaceDb> => ({ ...(await openWorkspaceDb()), readAll: () => Promise.reject(new DOMException('', 'UnknownError')) });
    writes = [];
    const tab = openTab({ openDb: broken });
    await tab.sync.ready;
    expect(tab.state().status).toBe('unreadable');
    expect(tab.state().storageProblem).toMatch(/could not be read \(the browser’s storage did not answer\).*save nothing/);
    tab.state().addDataset(entry('mini', 'Made after the failed read'));
    tab.state().removeDataset('mini');
    await tab.sync.idle();
    expect(writes).toEqual([]);
    const next = openTab();
    await next.sync.ready;
    expect(Object.keys(next.state().datasets).sort()).toEqual(['mini', 'other']);
    expect(await storedRecords()).toEqual(before);
  });
});

describe('two tabs', () => {
  it('a tab shows what another saved, at once, when it has no edits of its own', async () => {
    await twoSaved();
    const a = openTab({ channel: true });
    const b = openTab({ channel: true });
    await Promise.all([a.sync.ready, b.sync.ready]);
    a.state().setActive('mini');
    a.state().edit({ type: 'updatePosition', id: sound().positions[0]!.id, changes: { summary: 'Edited in tab A' } });
    await vi.waitFor(() => expect(b.state().datasets.mini!.dataset.positions[0]!.summary).toBe('Edited in tab A'));
    b.state().setActive('other');
    b.state().edit({ type: 'delete', kind: 'actor', id: sound().actors[0]!.id });
    await vi.waitFor(() => expect(a.state().datasets.other!.dataset.actors).toHaveLength(sound().actors.length - 1));
    await Promise.all([a.sync.idle(), b.sync.idle()]);
    const stored = await storedRecords();
    expect(stored.mini!.dataset.positions[0]!.summary).toBe('Edited in tab A');
    expect(stored.other!.dataset.actors).toHaveLength(sound().actors.length - 1);
  });

  it('never overwrites a newer revision: the same dataset edited in both keeps both versions', async () => {
    await twoSaved();
    // No channel: B cannot hear of A's save, as when the two edits cross.
    const a = openTab();
    const b = openTab();
    await Promise.all([a.sync.ready, b.sync.ready]);
    const id = sound().positions[0]!.id;
    a.state().setActive('mini');
    a.state().edit({ type: 'updatePosition', id, changes: { summary: 'From A' } });
    await a.sync.idle();
    b.state().setActive('mini');
    b.state().edit({ type: 'updatePosition', id, changes: { summary: 'From B' } });
    await b.sync.idle();
    expect(b.state().datasets.mini!.dataset.positions[0]!.summary).toBe('From A');
    expect(b.state().datasets['mini-2']!.dataset).toMatchObject({ title: 'A mini story (edits from this tab)' });
    expect(b.state().datasets['mini-2']!.dataset.positions[0]!.summary).toBe('From B');
    expect(b.state().activeId).toBe('mini-2');
    expect(b.state().storageProblem).toMatch(/changed in another tab.*Both versions are kept/);
    await b.sync.idle();
    const stored = await storedRecords();
    expect(stored.mini!.dataset.positions[0]!.summary).toBe('From A');
    expect(stored['mini-2']!.dataset.positions[0]!.summary).toBe('From B');
    expect(stored.other!.revision).toBe(1);
  });
});

describe('a failed save fails once', () => {
  const failingPut = (fail: (store: IDBObjectStore, value: unknown) => IDBRequest) => {
    const attempts: unknown[] = [];
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown) {
      attempts.push((value as { id?: unknown }).id);
      return fail(this, value);
    };
    return attempts;
  };

  it('says the disk is full in words, tries once per change, keeps the edit, and saves on retry', async () => {
    await twoSaved();
    const tab = openTab();
    await tab.sync.ready;
    tab.state().setActive('mini');
    await tab.sync.idle();
    const attempts = failingPut(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const id = sound().positions[0]!.id;
    tab.state().edit({ type: 'updatePosition', id, changes: { summary: 'Kept in memory' } });
    await tab.sync.idle();
    expect(attempts).toEqual(['mini']);
    expect(tab.state().saveFailure).toEqual({ message: expect.stringMatching(/^Your browser’s storage is full.*export them/), unsaved: ['mini'] });
    expect(tab.state().datasets.mini!.dataset.positions[0]!.summary).toBe('Kept in memory');
    tab.state().edit({ type: 'updatePosition', id, changes: { stance: 'opposes' } });
    await tab.sync.idle();
    expect(attempts).toEqual(['mini', 'mini']);
    IDBObjectStore.prototype.put = originalPut;
    await tab.sync.retry();
    expect(tab.state().saveFailure).toBeNull();
    expect((await storedRecords()).mini!.dataset.positions[0]).toMatchObject({ summary: 'Kept in memory', stance: 'opposes' });
    expect((await storedRecords()).other!.dataset).toEqual(sound('other', 'Another story'));
  });

  it('says in words that an aborted save did not go through, never “(null)”', async () => {
    await twoSaved();
    const tab = openTab();
    await tab.sync.ready;
    tab.state().setActive('mini');
    await tab.sync.idle();
    const attempts = failingPut((store, value) => {
      const request = originalPut.call(store, value);
      store.transaction.abort();
      return request;
    });
    tab.state().edit({ type: 'updatePosition', id: sound().positions[0]!.id, changes: { summary: 'Aborted' } });
    await tab.sync.idle();
    expect(attempts).toHaveLength(1);
    expect(tab.state().saveFailure?.message).toMatch(/^The browser stopped the save before it finished/);
    expect(tab.state().saveFailure?.message).not.toMatch(/null/);
    IDBObjectStore.prototype.put = originalPut;
    expect((await storedRecords()).mini!.dataset).toEqual(sound());
  });
});
