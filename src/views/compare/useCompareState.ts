import { useMemo } from 'react';
import { useUrlState } from '../../url/useUrlState';
import type { DatasetIndex } from '../../model/indexDataset';
import { sourceDates } from '../../model/overTime';
import { parseCompareParams, writeCompareParams } from './compareState';

/** The compare state as it stands in the URL. */
export function useCompareState(index: DatasetIndex) {
  const known = useMemo(() => ({ actors: index.actors, topics: index.topics, dates: new Set(sourceDates(index)) }), [index]);
  return useUrlState(known, parseCompareParams, writeCompareParams);
}
