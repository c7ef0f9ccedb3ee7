import { scaleUtc } from 'd3-scale';
import { tickCount, type Tick } from '../../charts/axisGeometry';
import type { Statement, Step, Track } from '../../model/overTime';

export const ROW_HEIGHT = 62;
const MARGIN = { left: 16, right: 20, top: 8, bottom: 34 };
const DAY = 86_400_000;

export interface PlacedStatement {
  statement: Statement;
  x: number;
}

export interface PlacedStep {
  step: Step;
  x1: number;
  x2: number;
}

export interface TrackRow {
  track: Track;
  /** Top of the row; its label sits at `top + 15`, its line at `top + 44`. */
  top: number;
  points: PlacedStatement[];
  steps: PlacedStep[];
}

export interface OverTimeLayout {
  width: number;
  height: number;
  /** Where the plot starts and ends along x. */
  left: number;
  right: number;
  rows: TrackRow[];
  ticks: Tick[];
  /** Each source's publication day, as a faint line across the rows. */
  sources: { x: number; date: string }[];
}

const parseDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * Positions of the tracks shown (one page of them) on a time axis shared by every page: `extent` is the
 * first and last date of the whole story, so a statement sits at the same x on every page.
 */
export function layoutOverTime(tracks: readonly Track[], extent: [string, string], sourceDates: readonly string[], width: number): OverTimeLayout {
  const [first, last] = extent.map(parseDay) as [number, number];
  // A little room either side, and some span even when every statement falls on one day.
  const pad = Math.max((last - first) * 0.04, 10 * DAY);
  const left = MARGIN.left;
  const right = Math.max(left + 120, width - MARGIN.right);
  const x = scaleUtc().domain([first - pad, last + pad]).range([left, right]);
  const long = last - first > 75 * DAY;
  const format = long ? monthYear : dayMonth;
  // No more ticks than months (or weeks) in the span, so no two ticks carry the same label.
  const units = Math.max(2, Math.round((last - first) / (long ? 30 : 7) / DAY));
  const ticks = x.ticks(Math.min(units, tickCount(right - left, long ? 90 : 70))).map((date) => ({ value: date.getTime(), offset: x(date), label: format.format(date) }));
  const at = (date: string) => x(parseDay(date));
  const rows = tracks.map((track, i) => {
    const points = track.statements.map((statement) => ({ statement, x: at(statement.date) }));
    return {
      track,
      top: MARGIN.top + i * ROW_HEIGHT,
      points,
      steps: track.steps.map((step, j) => ({ step, x1: points[j]!.x, x2: points[j + 1]!.x })),
    };
  });
  return {
    width,
    height: MARGIN.top + tracks.length * ROW_HEIGHT + MARGIN.bottom,
    left,
    right,
    rows,
    ticks,
    sources: sourceDates.map((date) => ({ x: at(date), date })),
  };
}
