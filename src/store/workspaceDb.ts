/**
 * The saved workspace in IndexedDB (through `idb`): one record per dataset with its texts, a small
 * index record (the dataset on show), and the datasets set aside as damaged, each under a key of its
 * own that is never reused. Plain reads and writes only: checking what is read is workspaceLoad's job.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DatasetIssue } from '../model/validate';

export interface DatasetRecord {
  id: string;
  /** Goes up by one with every write, so a tab can tell that what it would overwrite is newer. */
  revision: number;
  dataset: unknown;
  texts: unknown;
  origin: unknown;
  savedAt: unknown;
}

export interface SetAsideRecord {
  key?: number;
  /** The id the dataset was saved under. */
  id: string;
  setAsideAt: string;
  /** What is wrong with it, as an import would say. */
  issues: DatasetIssue[];
  /** The record as it was found, unchanged. */
  record: unknown;
}

export interface WorkspaceIndex {
  activeId: string | null;
  /** Set once the workspace of an earlier version (one idb-keyval record) has been copied in. */
  migratedFromKeyval?: boolean;
}

interface WorkspaceSchema extends DBSchema {
  datasets: { key: string; value: DatasetRecord };
  setAside: { key: number; value: SetAsideRecord };
  meta: { key: string; value: WorkspaceIndex };
}

export const DB_NAME = 'stance-explorer';
const INDEX_KEY = 'index';

/** Where earlier versions kept the whole workspace: idb-keyval's default database, one JSON string. */
export const LEGACY = { db: 'keyval-store', store: 'keyval', key: 'stance-explorer:workspace', damagedKey: 'stance-explorer:workspace:damaged' };

export type PutResult = { ok: true; revision: number } | { ok: false; newer: DatasetRecord };

export interface WorkspaceDb {
  readAll: () => Promise<{ records: unknown[]; index: WorkspaceIndex | undefined; setAside: SetAsideRecord[] }>;
  readDataset: (id: string) => Promise<DatasetRecord | undefined>;
  readSetAside: () => Promise<SetAsideRecord[]>;
  /** Writes the record unless the stored one has moved past `baseRevision` (another tab saved it since). */
  putDataset: (record: Omit<DatasetRecord, 'revision'>, baseRevision: number) => Promise<PutResult>;
  deleteDataset: (id: string) => Promise<void>;
  putIndex: (index: WorkspaceIndex) => Promise<void>;
  /** Moves a damaged record out of the datasets in one transaction; returns its new key. */
  setAside: (entry: SetAsideRecord, fromId?: string) => Promise<number>;
  removeSetAside: (key: number) => Promise<void>;
  /** The earlier version's workspace and its set-aside copy, as stored (undefined when absent). */
  readLegacy: () => Promise<{ workspace: unknown; damaged: unknown }>;
  close: () => void;
}

async function readLegacy(): Promise<{ workspace: unknown; damaged: unknown }> {
  // Opened the way idb-keyval opens it, so a browser that never had it gets the same empty store.
  const db = await openDB(LEGACY.db, undefined, {
    upgrade: (legacy) => {
      if (!legacy.objectStoreNames.contains(LEGACY.store)) legacy.createObjectStore(LEGACY.store);
    },
  });
  try {
    if (!db.objectStoreNames.contains(LEGACY.store)) return { workspace: undefined, damaged: undefined };
    const tx = db.transaction(LEGACY.store);
    const [workspace, damaged] = await Promise.all([tx.store.get(LEGACY.key), tx.store.get(LEGACY.damagedKey)]);
    return { workspace, damaged };
  } finally {
    db.close();
  }
}

/** A record's revision; one whose revision was lost counts as never written. */
export const revisionOf = (record: unknown): number => {
  const revision = (record as { revision?: unknown } | null)?.revision;
  return typeof revision === 'number' && Number.isInteger(revision) ? revision : 0;
};

/** A transaction's end is awaited only on success; a failed request already carries the error to the caller. */
const quiet = (done: Promise<void>) => void done.catch(() => undefined);

export async function openWorkspaceDb(name = DB_NAME): Promise<WorkspaceDb> {
  const db: IDBPDatabase<WorkspaceSchema> = await openDB<WorkspaceSchema>(name, 1, {
    upgrade: (database) => {
      database.createObjectStore('datasets', { keyPath: 'id' });
      database.createObjectStore('setAside', { keyPath: 'key', autoIncrement: true });
      database.createObjectStore('meta');
    },
  });
  return {
    readAll: async () => {
      const tx = db.transaction(['datasets', 'meta', 'setAside']);
      const [records, index, setAside] = await Promise.all([
        tx.objectStore('datasets').getAll(),
        tx.objectStore('meta').get(INDEX_KEY),
        tx.objectStore('setAside').getAll(),
      ]);
      return { records, index, setAside };
    },
    readDataset: (id) => db.get('datasets', id),
    readSetAside: () => db.getAll('setAside'),
    putDataset: async (record, baseRevision) => {
      const tx = db.transaction('datasets', 'readwrite');
      quiet(tx.done);
      const stored = await tx.store.get(record.id);
      if (stored && revisionOf(stored) !== baseRevision) {
        await tx.done;
        return { ok: false, newer: stored };
      }
      const revision = baseRevision + 1;
      await tx.store.put({ ...record, revision });
      await tx.done;
      return { ok: true, revision };
    },
    deleteDataset: async (id) => {
      await db.delete('datasets', id);
    },
    putIndex: async (index) => {
      await db.put('meta', index, INDEX_KEY);
    },
    setAside: async (entry, fromId) => {
      const tx = db.transaction(['setAside', 'datasets'], 'readwrite');
      quiet(tx.done);
      const key = await tx.objectStore('setAside').add(entry);
      if (fromId !== undefined) await tx.objectStore('datasets').delete(fromId);
      await tx.done;
      return key;
    },
    removeSetAside: async (key) => {
      await db.delete('setAside', key);
    },
    readLegacy,
    close: () => db.close(),
  };
}
