import { useMemo } from 'react';
import { useUrlState } from '../../url/useUrlState';
import { datumKey, type DatumRef } from '../../model/datums';
import type { DatasetIndex } from '../../model/indexDataset';
import { parseReaderParams, writeReaderParams, type ReaderKnownIds } from './readerState';

/** The reader's state as it stands in the URL. */
export function useReaderState(index: DatasetIndex, datums: DatumRef[]) {
  const known: ReaderKnownIds = useMemo(
    () => ({ actors: index.actors, topics: index.topics, datums: new Set(datums.map((d) => datumKey(d.kind, d.id))) }),
    [index, datums],
  );
  return useUrlState(known, parseReaderParams, writeReaderParams);
}
