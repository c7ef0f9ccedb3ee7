import { useUrlState } from '../../url/useUrlState';
import type { DatasetIndex } from '../../model/indexDataset';
import { parseMatrixParams, writeMatrixParams } from './matrixState';

/** The matrix state as it stands in the URL. */
export const useMatrixState = (index: DatasetIndex) => useUrlState(index, parseMatrixParams, writeMatrixParams);
