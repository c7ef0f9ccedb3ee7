import { useSearchParams } from 'react-router';
import { indexDataset, type DatasetIndex } from '../model/indexDataset';
import { withoutUnconfirmed } from '../store/datasetEdits';
import { useAppStore } from '../store/appStore';
import type { SavedDataset, WorkspaceSlice } from '../store/workspaceSlice';
import { builtinIndex } from './builtinDataset';

/** One index per saved dataset object: every edit makes a new object, so a stale index is never served. */
const indexes = new WeakMap<SavedDataset, DatasetIndex>();
/** The index without unconfirmed drafts, one per full index. */
const confirmedIndexes = new WeakMap<DatasetIndex, DatasetIndex>();

function indexOf(saved: SavedDataset): DatasetIndex {
  let index = indexes.get(saved);
  if (!index) {
    index = indexDataset(saved.dataset, new Map(Object.entries(saved.texts)));
    indexes.set(saved, index);
  }
  return index;
}

function confirmedIndexOf(index: DatasetIndex): DatasetIndex {
  let confirmed = confirmedIndexes.get(index);
  if (!confirmed) {
    const dataset = withoutUnconfirmed(index.dataset);
    confirmed = dataset === index.dataset ? index : indexDataset(dataset, index.texts);
    confirmedIndexes.set(index, confirmed);
  }
  return confirmed;
}

/** `drafts=hide` in any view's URL leaves out machine drafts no person has confirmed, and what rests on them. */
export const DRAFTS_PARAM = 'drafts';
export const draftsHidden = (params: URLSearchParams) => params.get(DRAFTS_PARAM) === 'hide';

/** The dataset chosen in the workspace, if it still exists; otherwise the views show the built-in one. */
const chosenDataset = (state: WorkspaceSlice) => (state.activeId ? state.datasets[state.activeId] : undefined);

/** Whether the built-in dataset is on show (whatever the URL says about drafts). */
export const useBuiltinOnShow = () => useAppStore((state) => chosenDataset(state) === undefined);

/**
 * The dataset the views show: the one chosen in the workspace (see workspaceSlice.ts for why that
 * choice is kept locally rather than in the URL), or the built-in dataset; without its unconfirmed
 * drafts when the URL says `drafts=hide`.
 */
export function useDatasetIndex(): DatasetIndex {
  const active = useAppStore(chosenDataset);
  const [params] = useSearchParams();
  const index = active ? indexOf(active) : builtinIndex;
  return draftsHidden(params) ? confirmedIndexOf(index) : index;
}
