import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { DatasetIndex } from '../../model/indexDataset';
import { parseMatrixParams, readableQuery, writeMatrixParams, type MatrixState } from '../../model/matrixState';

/** The matrix state as it stands in the URL; `update` pushes a history entry, so Back undoes it. */
export function useMatrixState(index: DatasetIndex) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { state, dropped } = useMemo(() => parseMatrixParams(params, index), [params, index]);
  const update = useCallback(
    (change: Partial<MatrixState>, options?: { replace?: boolean }) => {
      const next = writeMatrixParams({ ...state, ...change }, params);
      navigate({ search: readableQuery(next) }, { replace: options?.replace });
    },
    [navigate, state, params],
  );
  return { state, dropped, update };
}
