import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DatasetIndex } from '../../model/indexDataset';
import { parseMatrixParams, writeMatrixParams, type MatrixState } from '../../model/matrixState';

/** The matrix state as it stands in the URL; `update` pushes a history entry, so Back undoes it. */
export function useMatrixState(index: DatasetIndex) {
  const [params, setParams] = useSearchParams();
  const { state, dropped } = useMemo(() => parseMatrixParams(params, index), [params, index]);
  const update = useCallback(
    (change: Partial<MatrixState>, options?: { replace?: boolean }) =>
      setParams((current) => writeMatrixParams({ ...parseMatrixParams(current, index).state, ...change }, current), options),
    [setParams, index],
  );
  return { state, dropped, update };
}
