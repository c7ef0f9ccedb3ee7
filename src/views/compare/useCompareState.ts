import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DatasetIndex } from '../../model/indexDataset';
import { parseCompareParams, writeCompareParams, type CompareState } from './compareState';

/** The compare state as it stands in the URL; `update` pushes a history entry, so Back undoes it. */
export function useCompareState(index: DatasetIndex) {
  const [params, setParams] = useSearchParams();
  const { state, dropped } = useMemo(() => parseCompareParams(params, index), [params, index]);
  const update = useCallback(
    (change: Partial<CompareState>, options?: { replace?: boolean }) =>
      setParams((current) => writeCompareParams({ ...parseCompareParams(current, index).state, ...change }, current), options),
    [setParams, index],
  );
  return { state, dropped, update };
}
