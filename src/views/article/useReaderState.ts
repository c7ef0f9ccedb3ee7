import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { datumKey, type DatumRef } from '../../model/datums';
import type { DatasetIndex } from '../../model/indexDataset';
import { parseReaderParams, writeReaderParams, type ReaderKnownIds, type ReaderState } from './readerState';

/** The reader's state as it stands in the URL; `update` pushes a history entry, so Back undoes it. */
export function useReaderState(index: DatasetIndex, datums: DatumRef[]) {
  const [params, setParams] = useSearchParams();
  const known: ReaderKnownIds = useMemo(
    () => ({ actors: index.actors, topics: index.topics, datums: new Set(datums.map((d) => datumKey(d.kind, d.id))) }),
    [index, datums],
  );
  const { state, dropped } = useMemo(() => parseReaderParams(params, known), [params, known]);
  const update = useCallback(
    (change: Partial<ReaderState>, options?: { replace?: boolean }) =>
      setParams((current) => writeReaderParams({ ...parseReaderParams(current, known).state, ...change }, current), options),
    [setParams, known],
  );
  return { state, dropped, update };
}
