import { useMemo } from 'react';
import { useDatasetIndex } from '../data/useDatasetIndex';
import { indexForReading, readingCount } from '../model/reading';
import { useReadingFilter } from '../url/useReadingFilter';

/**
 * The dataset index a view draws, with our readings left out under `reading=stated`; the whole index
 * too, for what must know every id (a link to a hidden datum is not a broken link), and how many of
 * its positions and relations are our reading.
 */
export function useReadingIndex() {
  const all = useDatasetIndex();
  const { reading } = useReadingFilter();
  const index = useMemo(() => indexForReading(all, reading), [all, reading]);
  const inferred = useMemo(
    () => ({ positions: readingCount(all.dataset.positions).inferred, relations: readingCount(all.dataset.relations).inferred }),
    [all],
  );
  return { index, all, reading, inferred };
}
