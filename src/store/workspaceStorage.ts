/**
 * Where the workspace is kept: IndexedDB through idb-keyval (an in-memory map where there is no
 * IndexedDB, as in unit tests). Zod-free, since the store loads on the first route. It never throws:
 * a full disk or a damaged entry becomes a message, the last good saved state stays in place (a
 * damaged entry is set aside under its own key, never overwritten), and the app starts regardless.
 */
import { del, get, set } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { migrateDataset } from '../model/migrations';
import { parseJsonSafely } from '../model/safeJson';
import type { SavedDataset } from './workspaceSlice';

/** What is saved: the user's datasets and which one is on show. */
export interface PersistedWorkspace {
  datasets: Record<string, SavedDataset>;
  activeId: string | null;
}

export const WORKSPACE_KEY = 'stance-explorer:workspace';
/** Where a damaged saved workspace is moved, so nothing the user had is destroyed. */
export const DAMAGED_KEY = `${WORKSPACE_KEY}:damaged`;

interface RawStore {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
}

const memory = new Map<string, unknown>();
const memoryStore: RawStore = {
  get: async (key) => memory.get(key),
  set: async (key, value) => void memory.set(key, value),
  del: async (key) => void memory.delete(key),
};
const idbStore: RawStore = { get, set, del };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const COLLECTIONS = ['sources', 'actors', 'topics', 'positions', 'figures', 'deals', 'dealTerms', 'events', 'relations'];

/** A saved dataset, migrated to the current schema; undefined when its shape is not that of a dataset. */
function readSaved(value: unknown): SavedDataset | undefined {
  if (!isRecord(value) || !isRecord(value.texts) || typeof value.savedAt !== 'string') return undefined;
  if (!Object.values(value.texts).every((t) => typeof t === 'string')) return undefined;
  const migrated = migrateDataset(value.dataset);
  if (!migrated.ok || !isRecord(migrated.value)) return undefined;
  const dataset = migrated.value;
  if (typeof dataset.id !== 'string' || typeof dataset.title !== 'string' || !COLLECTIONS.every((name) => Array.isArray(dataset[name]))) return undefined;
  return { ...(value as unknown as SavedDataset), dataset: dataset as unknown as SavedDataset['dataset'] };
}

export function quotaMessage(error: unknown): string {
  const name = (error as { name?: string })?.name;
  return name === 'QuotaExceededError'
    ? 'This browser’s storage is full, so your latest changes are not saved. They are still open here: export the dataset to keep them, or delete a dataset you no longer need.'
    : `Your latest changes could not be saved (${(error as Error)?.message ?? String(error)}). They are still open here: export the dataset to keep them.`;
}

/**
 * A persist storage that reports problems through `report` instead of throwing. `raw` is injectable so
 * tests can stand in a full disk or a damaged entry.
 */
export function workspaceStorage(report: (message: string | null) => void, raw?: RawStore): PersistStorage<PersistedWorkspace> {
  const store = () => raw ?? (typeof indexedDB === 'undefined' ? memoryStore : idbStore);
  return {
    getItem: async (name) => {
      let stored: unknown;
      try {
        stored = await store().get(name);
      } catch (error) {
        report(`Your saved work could not be read (${(error as Error).message}); the built-in dataset is shown.`);
        return null;
      }
      if (stored === undefined || stored === null) return null;
      const parsed = typeof stored === 'string' ? parseJsonSafely(stored, { maxBytes: 200 * 1024 * 1024 }) : { ok: false as const, message: '' };
      const value = parsed.ok ? parsed.value : undefined;
      if (!isRecord(value) || !isRecord(value.state) || !isRecord(value.state.datasets)) {
        await store().set(DAMAGED_KEY, stored).catch(() => {});
        report('Your saved workspace was damaged and could not be opened. It has been set aside, unchanged; the app started with the built-in dataset.');
        return null;
      }
      const datasets: Record<string, SavedDataset> = {};
      const damaged: string[] = [];
      for (const [id, entry] of Object.entries(value.state.datasets)) {
        const saved = readSaved(entry);
        if (saved) datasets[id] = saved;
        else damaged.push(id);
      }
      if (damaged.length) {
        await store().set(DAMAGED_KEY, stored).catch(() => {});
        report(`${damaged.length === 1 ? 'One saved dataset was' : `${damaged.length} saved datasets were`} damaged (${damaged.join(', ')}) and could not be opened; a copy was set aside. Everything else is here.`);
      }
      const activeId = typeof value.state.activeId === 'string' && datasets[value.state.activeId] ? value.state.activeId : null;
      return { state: { datasets, activeId }, version: typeof value.version === 'number' ? value.version : 0 };
    },
    setItem: async (name, value: StorageValue<PersistedWorkspace>) => {
      try {
        await store().set(name, JSON.stringify(value));
      } catch (error) {
        report(quotaMessage(error));
      }
    },
    removeItem: async (name) => {
      await store().del(name).catch(() => {});
    },
  };
}
