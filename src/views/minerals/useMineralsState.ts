import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseMineralsParams, writeMineralsParams, type MineralsKnownIds, type MineralsState } from './mineralsState';

/** The explorer's state as it stands in the URL; `update` pushes a history entry, so Back undoes it. */
export function useMineralsState(known: MineralsKnownIds) {
  const [params, setParams] = useSearchParams();
  const { state, dropped } = useMemo(() => parseMineralsParams(params, known), [params, known]);
  const update = useCallback(
    (change: Partial<MineralsState>, options?: { replace?: boolean }) =>
      setParams((current) => writeMineralsParams({ ...parseMineralsParams(current, known).state, ...change }, current), options),
    [setParams, known],
  );
  return { state, dropped, update };
}
