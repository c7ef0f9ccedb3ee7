/**
 * The workspace: datasets the user made or imported, which dataset is on show, and undo/redo of edits.
 *
 * Decision: the active dataset lives here (Zustand, saved locally), not in the URL. User datasets exist
 * only in this browser's IndexedDB, so a link naming one would open nothing anywhere else; the views'
 * shareable state (filters, selection) stays in their URLs and applies to whichever dataset is on show.
 */
import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/schema';
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

export interface WorkspaceSlice {
  datasets: Record<string, SavedDataset>;
  /** The dataset on show; null is the built-in one. */
  activeId: string | null;
  /** Earlier and later versions of the active dataset, for undo and redo; not saved. */
  past: Dataset[];
  future: Dataset[];
  /** A saving or loading problem to show the user, or null. */
  storageProblem: string | null;
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
    storageProblem: null,
    addDataset: (entry, { activate = true } = {}) => {
      const { datasets } = get();
      let id = entry.dataset.id;
      for (let n = 2; datasets[id]; n++) id = `${entry.dataset.id}-${n}`;
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
