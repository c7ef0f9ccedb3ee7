/**
 * The workspace: datasets the user made or imported, which dataset is on show, and undo/redo of edits.
 *
 * Decision: the active dataset lives here (Zustand, saved locally), not in the URL. User datasets exist
 * only in this browser's IndexedDB, so a link naming one would open nothing anywhere else; the views'
 * shareable state (filters, selection) stays in their URLs and applies to whichever dataset is on show.
 */
import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/schema';
import type { DatasetIssue } from '../model/validate';
import { applyCommand, type DatasetCommand } from './datasetEdits';

export interface SavedDataset {
  dataset: Dataset;
  /** Source texts by source id. */
  texts: Record<string, string>;
  origin: 'extracted' | 'imported' | 'copy';
  /** ISO time of the last change. */
  savedAt: string;
}

/** How many edits undo can step back through. */
export const UNDO_LIMIT = 100;

/** A saved dataset that failed its checks when read, kept apart as it was found. */
export interface SetAsideDataset {
  /** Its key among the set-aside records; null when it could not be moved and is still where it was. */
  key: number | null;
  /** The id it was saved under, and its title when the record still has one. */
  id: string;
  title: string | null;
  setAt: string;
  issues: DatasetIssue[];
  /** The record as it was found, for export. */
  record: unknown;
}

/** A save that did not go through: what failed, in words, and which datasets hold unsaved edits. */
export interface SaveFailure {
  message: string;
  unsaved: string[];
}

export interface WorkspaceSlice {
  datasets: Record<string, SavedDataset>;
  /** The dataset on show; null is the built-in one. */
  activeId: string | null;
  /** Earlier and later versions of the active dataset, for undo and redo; not saved. */
  past: Dataset[];
  future: Dataset[];
  /** Whether the saved workspace has been read; nothing is saved before it has (see workspaceSync.ts). */
  status: 'loading' | 'ready' | 'unreadable';
  setAside: SetAsideDataset[];
  /** Something to tell the user about their saved work (set aside, changed in another tab, unreadable), or null. */
  storageProblem: string | null;
  saveFailure: SaveFailure | null;
  /** Whether a write to IndexedDB is under way; set by workspaceSync in the same update as the change it saves. */
  saving: boolean;
  /** Adds a dataset under a free id (its own when free) and returns that id. */
  addDataset: (entry: Omit<SavedDataset, 'savedAt'>, options?: { activate?: boolean }) => string;
  removeDataset: (id: string) => void;
  setActive: (id: string | null) => void;
  /** Applies an edit to the active dataset; the built-in dataset is read-only. */
  edit: (command: DatasetCommand) => void;
  undo: () => void;
  redo: () => void;
  reportStorageProblem: (message: string | null) => void;
}

/** A free id for a dataset whose own id is `wanted`. */
export function freeDatasetId(datasets: Record<string, unknown>, wanted: string): string {
  let id = wanted;
  for (let n = 2; datasets[id]; n++) id = `${wanted}-${n}`;
  return id;
}

const now = () => new Date().toISOString();

export const createWorkspaceSlice: StateCreator<WorkspaceSlice, [], [], WorkspaceSlice> = (set, get) => {
  /** Replaces the active dataset with `next`, keeping history as told. */
  const replaceActive = (next: Dataset, history: Pick<WorkspaceSlice, 'past' | 'future'>) => {
    const { activeId, datasets } = get();
    if (!activeId || !datasets[activeId]) return;
    set({ ...history, datasets: { ...datasets, [activeId]: { ...datasets[activeId]!, dataset: next, savedAt: now() } } });
  };
  return {
    datasets: {},
    activeId: null,
    past: [],
    future: [],
    status: 'loading',
    setAside: [],
    storageProblem: null,
    saveFailure: null,
    saving: false,
    addDataset: (entry, { activate = true } = {}) => {
      const { datasets } = get();
      const id = freeDatasetId(datasets, entry.dataset.id);
      const dataset = id === entry.dataset.id ? entry.dataset : { ...entry.dataset, id };
      set({
        datasets: { ...datasets, [id]: { ...entry, dataset, savedAt: now() } },
        ...(activate ? { activeId: id, past: [], future: [] } : {}),
      });
      return id;
    },
    removeDataset: (id) => {
      const rest = { ...get().datasets };
      delete rest[id];
      set({ datasets: rest, ...(get().activeId === id ? { activeId: null, past: [], future: [] } : {}) });
    },
    setActive: (id) => {
      if (id === get().activeId || (id !== null && !get().datasets[id])) return;
      set({ activeId: id, past: [], future: [] });
    },
    edit: (command) => {
      const { activeId, datasets, past } = get();
      const current = activeId ? datasets[activeId]?.dataset : undefined;
      if (!current) return;
      const next = applyCommand(current, command);
      if (next !== current) replaceActive(next, { past: [...past, current].slice(-UNDO_LIMIT), future: [] });
    },
    undo: () => {
      const { activeId, datasets, past, future } = get();
      const current = activeId ? datasets[activeId]?.dataset : undefined;
      const previous = past.at(-1);
      if (current && previous) replaceActive(previous, { past: past.slice(0, -1), future: [current, ...future] });
    },
    redo: () => {
      const { activeId, datasets, past, future } = get();
      const current = activeId ? datasets[activeId]?.dataset : undefined;
      const [next, ...rest] = future;
      if (current && next) replaceActive(next, { past: [...past, current], future: rest });
    },
    reportStorageProblem: (storageProblem) => set({ storageProblem }),
  };
};
