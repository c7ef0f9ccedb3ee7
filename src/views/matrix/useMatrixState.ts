import { useMemo } from 'react';
import { useUrlState } from '../../url/useUrlState';
import type { DatasetIndex } from '../../model/indexDataset';
import { parseMatrixParams, writeMatrixParams } from './matrixState';

/** The matrix state as it stands in the URL. */
export function useMatrixState(index: DatasetIndex) {
  const known = useMemo(() => ({ actors: index.actors, topics: index.topics, dates: new Set(index.dataset.sources.map((s) => s.published.date)) }), [index]);
  return useUrlState(known, parseMatrixParams, writeMatrixParams);
}
