import { useUrlState } from '../../url/useUrlState';
import type { DatasetIndex } from '../../model/indexDataset';
import { parseCompareParams, writeCompareParams } from './compareState';

/** The compare state as it stands in the URL. */
export const useCompareState = (index: DatasetIndex) => useUrlState(index, parseCompareParams, writeCompareParams);
