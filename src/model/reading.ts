import { indexDataset, type DatasetIndex } from './indexDataset';
import type { Reading } from './schema';

/** Which data a view shows: all of it, or only what the words state (our readings of them left out). */
export type ReadingFilter = 'all' | 'stated';

/** A datum that may be our reading of the words rather than what they state. */
interface Readable {
  reading: Reading;
  readingNote?: string;
}

export const isInferred = (datum: Readable) => datum.reading === 'inferred';

/** How many of some positions or relations there are, and how many of them are our reading. */
export function readingCount(items: readonly Readable[]): { total: number; inferred: number } {
  let inferred = 0;
  for (const item of items) if (isInferred(item)) inferred++;
  return { total: items.length, inferred };
}

// One stated-only index per dataset index, so every view and every toggle back and forth reuses it.
const statedIndexes = new WeakMap<DatasetIndex, DatasetIndex>();

/**
 * The index with the positions and relations that are our reading left out; actors, topics and every
 * other datum stay. Positions keep their conditions' ids, so a condition that was inferred reads as absent.
 */
export function statedOnly(index: DatasetIndex): DatasetIndex {
  const cached = statedIndexes.get(index);
  if (cached) return cached;
  const { dataset } = index;
  const stated =
    dataset.positions.some(isInferred) || dataset.relations.some(isInferred)
      ? indexDataset(
          { ...dataset, positions: dataset.positions.filter((p) => !isInferred(p)), relations: dataset.relations.filter((r) => !isInferred(r)) },
          index.texts,
        )
      : index;
  statedIndexes.set(index, stated);
  return stated;
}

/** The index a view draws for a reading filter. */
export const indexForReading = (index: DatasetIndex, filter: ReadingFilter) => (filter === 'stated' ? statedOnly(index) : index);
