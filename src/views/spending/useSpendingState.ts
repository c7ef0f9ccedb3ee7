import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSpendingParams, writeSpendingParams, type SpendingKnownIds, type SpendingState } from './spendingState';

/** The timeline's state as it stands in the URL; `update` pushes a history entry, so Back undoes it. */
export function useSpendingState(known: SpendingKnownIds) {
  const [params, setParams] = useSearchParams();
  const { state, dropped } = useMemo(() => parseSpendingParams(params, known), [params, known]);
  const update = useCallback(
    (change: Partial<SpendingState>, options?: { replace?: boolean }) =>
      setParams((current) => writeSpendingParams({ ...parseSpendingParams(current, known).state, ...change }, current), options),
    [setParams, known],
  );
  return { state, dropped, update };
}
