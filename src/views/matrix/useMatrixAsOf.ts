import { useMemo } from 'react';
import { indexDataset, type DatasetIndex } from '../../model/indexDataset';
import { changedSince, datasetAsOf, datedStatements, sourceDates, type CellChange } from '../../model/overTime';

export interface MatrixAsOf {
  /** The sources' dates, earliest first; the picker offers them. */
  dates: string[];
  /** The date shown as of. */
  date: string;
  /** The source date before it, that changes are counted from (null on the first). */
  since: string | null;
  /** The index the matrix draws: each cell's latest positions as of `date`. */
  index: DatasetIndex;
  /** Cells (by cellKey) changed since `since`, when there is an earlier source. */
  changed: ChangedCells | null;
}

/** What the matrix marks on its cells: those changed since an earlier source's date. */
export interface ChangedCells {
  cells: ReadonlyMap<string, CellChange>;
  since: string;
}

/** In a story of sources on several dates, the matrix as of a source's date (the latest by default); null otherwise. */
export function useMatrixAsOf(index: DatasetIndex, asOf: string | null): MatrixAsOf | null {
  const story = useMemo(() => {
    if (index.dataset.sources.length < 2) return null;
    const dates = sourceDates(index);
    // Sources all of one day have no "before" to show.
    return dates.length < 2 ? null : { statements: datedStatements(index), dates };
  }, [index]);
  return useMemo(() => {
    if (!story) return null;
    const date = asOf ?? story.dates.at(-1)!;
    const at = story.dates.indexOf(date);
    const since = at > 0 ? story.dates[at - 1]! : null;
    return {
      dates: story.dates,
      date,
      since,
      index: indexDataset(datasetAsOf(index, story.statements, date), index.texts),
      changed: since ? { cells: changedSince(story.statements, date, since), since } : null,
    };
  }, [index, story, asOf]);
}
