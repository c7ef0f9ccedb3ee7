import { indexDataset, type DatasetIndex } from '../model/indexDataset';
import { useAppStore } from '../store/appStore';
import type { SavedDataset } from '../store/workspaceSlice';
import { builtinIndex } from './builtinDataset';

/** One index per saved dataset object: every edit makes a new object, so a stale index is never served. */
const indexes = new WeakMap<SavedDataset, DatasetIndex>();

function indexOf(saved: SavedDataset): DatasetIndex {
  let index = indexes.get(saved);
  if (!index) {
    index = indexDataset(saved.dataset, new Map(Object.entries(saved.texts)));
    indexes.set(saved, index);
  }
  return index;
}

/**
 * The dataset the views show: the one chosen in the workspace (see workspaceSlice.ts for why that
 * choice is kept locally rather than in the URL), or the built-in dataset.
 */
export function useDatasetIndex(): DatasetIndex {
  const active = useAppStore((state) => (state.activeId ? state.datasets[state.activeId] : undefined));
  return active ? indexOf(active) : builtinIndex;
}
