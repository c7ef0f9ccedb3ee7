import { median } from './stats';

/** One cold load's paint figures; null when the page never reported the entry. */
export interface PaintRun {
  fcpMs: number | null;
  lcpMs: number | null;
  cls: number;
}

export type PaintProfile = 'desktop' | 'mobile';

/** The cold loads of one page in one profile; `plain` marks the baseline page. */
export interface PaintFigures {
  profile: PaintProfile;
  page: string;
  plain: boolean;
  runs: PaintRun[];
}

export type PaintMetric = keyof PaintRun;

/** The median of a metric over the runs that reported it (null when none did). */
export function paintMedian(runs: PaintRun[], metric: PaintMetric): number | null {
  const values = runs.map((run) => run[metric]).filter((v): v is number => v !== null);
  return values.length ? median(values) : null;
}
