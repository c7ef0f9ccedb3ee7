import { useMemo } from 'react';
import { indexDataset, type DatasetIndex } from '../../model/indexDataset';
import { datasetAsOf, datedStatements, sourceDates } from '../../model/overTime';

export interface CompareAsOf {
  /** The sources' dates, earliest first. */
  dates: string[];
  date: string;
  /** The source date before `date`, that agreement is compared with (null on the first). */
  since: string | null;
  /** Each actor × topic's latest positions as of `date`, and as of `since`. */
  index: DatasetIndex;
  before: DatasetIndex | null;
}

/** In a story of sources on several dates, the dataset as of one of them (the latest by default); null otherwise. */
export function useCompareAsOf(index: DatasetIndex, asOf: string | undefined): CompareAsOf | null {
  const story = useMemo(() => {
    const dates = sourceDates(index);
    return dates.length < 2 ? null : { dates, statements: datedStatements(index) };
  }, [index]);
  return useMemo(() => {
    if (!story) return null;
    const date = asOf && story.dates.includes(asOf) ? asOf : story.dates.at(-1)!;
    const at = story.dates.indexOf(date);
    const since = at > 0 ? story.dates[at - 1]! : null;
    const asOfIndex = (day: string) => indexDataset(datasetAsOf(index, story.statements, day), index.texts);
    return { dates: story.dates, date, since, index: asOfIndex(date), before: since ? asOfIndex(since) : null };
  }, [index, story, asOf]);
}
