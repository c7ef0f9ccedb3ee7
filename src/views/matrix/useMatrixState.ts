import { useUrlState } from '../../app/useUrlState';
import type { DatasetIndex } from '../../model/indexDataset';
import { parseMatrixParams, writeMatrixParams } from '../../model/matrixState';

/** The matrix state as it stands in the URL. */
export const useMatrixState = (index: DatasetIndex) => useUrlState(index, parseMatrixParams, writeMatrixParams);
