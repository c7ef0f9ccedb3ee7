/**
 * Keeps the workspace store and IndexedDB in step, one dataset record at a time.
 *
 * - Nothing is written before the saved workspace has been read, and nothing at all when it could not
 *   be read: a save then could only overwrite what is there.
 * - A write happens when a dataset or the choice of dataset changes, and writes only what changed.
 * - Each record carries a revision. A write that finds a newer one does not overwrite it: when this tab
 *   had edits too, both versions are kept. Other tabs hear of every write at once (BroadcastChannel)
 *   and show the newer data when they have no edits of their own.
 * - A failed write is tried once; it is said in words, the edits stay in memory, and the next change or
 *   Retry tries again. There is no automatic retry, so a full disk cannot start a loop.
 */
import type { StoreApi } from 'zustand';
import { describeReadError, describeSaveError } from './saveErrors';
import { revisionOf, type DatasetRecord, type WorkspaceDb } from './workspaceDb';
import { checkRecord, loadWorkspace, toSetAside } from './workspaceLoad';
import { freeDatasetId, type SavedDataset, type SetAsideDataset, type WorkspaceSlice } from './workspaceSlice';

export const CHANNEL_NAME = 'stance-explorer:workspace';

type Message = { type: 'dataset'; id: string; revision: number } | { type: 'deleted'; id: string } | { type: 'setAside' };

export interface Channel {
  postMessage: (message: Message) => void;
  onmessage: ((event: MessageEvent<Message>) => void) | null;
  close: () => void;
}

export interface WorkspaceSync {
  /** Settles once the saved workspace has been read, or found unreadable. */
  ready: Promise<void>;
  /** Tries the failed save again. */
  retry: () => Promise<void>;
  removeSetAside: (item: SetAsideDataset) => Promise<void>;
  /** Settles when every write asked for so far has been tried. */
  idle: () => Promise<void>;
  stop: () => void;
}

const toRecord = (id: string, entry: SavedDataset): Omit<DatasetRecord, 'revision'> => ({ id, ...entry });

export function connectWorkspace(store: StoreApi<WorkspaceSlice>, openDb: () => Promise<WorkspaceDb>, channel: Channel | null): WorkspaceSync {
  let db: WorkspaceDb | undefined;
  /** What this tab knows the database holds: the entry object last written or read, and its revision. */
  const saved = new Map<string, SavedDataset>();
  const revisions = new Map<string, number>();
  let savedActive: string | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let unsubscribe = () => {};

  const post = (message: Message) => channel?.postMessage(message);
  const unsavedIds = () => Object.entries(store.getState().datasets).filter(([id, entry]) => saved.get(id) !== entry).map(([id]) => id);

  /** The stored record is newer than this tab's edits: show it, and keep this tab's version as a copy. */
  async function keepBoth(id: string, newer: DatasetRecord) {
    const checked = await checkRecord(newer);
    const state = store.getState();
    const mine = state.datasets[id];
    if (!mine) return;
    const copyId = freeDatasetId(state.datasets, id);
    const title = `${mine.dataset.title} (edits from this tab)`;
    const datasets = { ...state.datasets, [copyId]: { ...mine, origin: 'copy' as const, dataset: { ...mine.dataset, id: copyId, title } } };
    if (checked.ok) {
      datasets[id] = checked.saved;
      saved.set(id, checked.saved);
      revisions.set(id, revisionOf(newer));
    } else {
      // The other version failed its checks: it stays where it is, for the next start-up to set aside.
      delete datasets[id];
      saved.delete(id);
      revisions.delete(id);
    }
    const theirs = checked.ok ? `the other tab’s as “${checked.saved.dataset.title}”, ` : '';
    store.setState({
      datasets,
      activeId: state.activeId === id ? copyId : state.activeId,
      storageProblem: `“${mine.dataset.title}” was changed in another tab while you edited it here. Both versions are kept: ${theirs}yours as “${title}”${state.activeId === id ? ', now on show' : ''}.`,
    });
  }

  async function writeChanges() {
    const { datasets, activeId, status } = store.getState();
    if (status !== 'ready' || !db || stopped) return;
    try {
      for (const [id, entry] of Object.entries(datasets)) {
        if (saved.get(id) === entry) continue;
        const result = await db.putDataset(toRecord(id, entry), revisions.get(id) ?? 0);
        if (!result.ok) {
          await keepBoth(id, result.newer);
          continue;
        }
        saved.set(id, entry);
        revisions.set(id, result.revision);
        post({ type: 'dataset', id, revision: result.revision });
      }
      for (const id of [...saved.keys()]) {
        if (datasets[id]) continue;
        await db.deleteDataset(id);
        saved.delete(id);
        revisions.delete(id);
        post({ type: 'deleted', id });
      }
      if (activeId !== savedActive) {
        await db.putIndex({ activeId, migratedFromKeyval: true });
        savedActive = activeId;
      }
      if (store.getState().saveFailure) store.setState({ saveFailure: null });
    } catch (error) {
      store.setState({ saveFailure: { message: describeSaveError(error), unsaved: unsavedIds() } });
    }
  }

  /** One write at a time; changes made meanwhile are written once it ends. */
  function flush(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    store.setState({ saving: true });
    running = (async () => {
      do {
        again = false;
        await writeChanges();
      } while (again && !stopped);
    })().finally(() => {
      running = null;
      store.setState({ saving: false });
    });
    return running;
  }

  async function onRemote(message: Message) {
    if (!db || stopped || store.getState().status !== 'ready') return;
    if (message.type === 'setAside') {
      const setAside = (await db.readSetAside()).map((entry) => toSetAside(entry, entry.key ?? null));
      store.setState({ setAside });
      return;
    }
    const { id } = message;
    if (message.type === 'deleted') {
      const state = store.getState();
      const entry = state.datasets[id];
      const unchanged = entry !== undefined && saved.get(id) === entry;
      saved.delete(id);
      revisions.delete(id);
      // With edits of its own, this tab keeps the dataset, and its next save writes it anew.
      if (!unchanged) return;
      const datasets = { ...state.datasets };
      delete datasets[id];
      store.setState({
        datasets,
        ...(state.activeId === id ? { activeId: null, past: [], future: [] } : {}),
        storageProblem: `“${entry.dataset.title}” was deleted in another tab.`,
      });
      return;
    }
    if (message.revision <= (revisions.get(id) ?? 0)) return;
    const record = await db.readDataset(id);
    if (!record || revisionOf(record) <= (revisions.get(id) ?? 0)) return;
    const checked = await checkRecord(record);
    const state = store.getState();
    const entry = state.datasets[id];
    // Edited here as well: the pending save finds the newer revision and keeps both.
    if (!checked.ok || (entry && saved.get(id) !== entry)) return;
    saved.set(id, checked.saved);
    revisions.set(id, revisionOf(record));
    store.setState({ datasets: { ...state.datasets, [id]: checked.saved }, ...(state.activeId === id ? { past: [], future: [] } : {}) });
  }

  const ready = (async () => {
    try {
      db = await openDb();
      const loaded = await loadWorkspace(db);
      if (stopped) return;
      // Datasets made while the workspace was being read join it under free ids.
      const pending = store.getState();
      const datasets = { ...loaded.datasets };
      let activeId = loaded.activeId;
      for (const [id, entry] of Object.entries(pending.datasets)) {
        const free = freeDatasetId(datasets, id);
        datasets[free] = free === id ? entry : { ...entry, dataset: { ...entry.dataset, id: free } };
        if (pending.activeId === id) activeId = free;
      }
      for (const [id, entry] of Object.entries(loaded.datasets)) {
        saved.set(id, entry);
        revisions.set(id, loaded.revisions.get(id) ?? 0);
      }
      savedActive = loaded.activeId;
      const activeChanged = activeId !== pending.activeId;
      store.setState({
        datasets,
        activeId,
        ...(activeChanged ? { past: [], future: [] } : {}),
        setAside: loaded.setAside,
        status: 'ready',
        storageProblem: loaded.message ?? pending.storageProblem,
      });
      if (loaded.setAside.length) post({ type: 'setAside' });
      unsubscribe = store.subscribe((state, previous) => {
        if (state.datasets !== previous.datasets || state.activeId !== previous.activeId) void flush();
      });
      if (channel) channel.onmessage = (event) => void onRemote(event.data);
      await flush();
    } catch (error) {
      if (!stopped) store.setState({ status: 'unreadable', storageProblem: describeReadError(error) });
    }
  })();

  return {
    ready,
    retry: () => flush(),
    removeSetAside: async (item) => {
      if (db) {
        if (item.key === null) await db.deleteDataset(item.id);
        else await db.removeSetAside(item.key);
        post({ type: 'setAside' });
      }
      store.setState({ setAside: store.getState().setAside.filter((other) => other !== item) });
    },
    idle: async () => {
      await ready;
      while (running) await running;
    },
    stop: () => {
      stopped = true;
      unsubscribe();
      if (channel) channel.onmessage = null;
      db?.close();
    },
  };
}
