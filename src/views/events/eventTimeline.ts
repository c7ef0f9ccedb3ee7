import { assignLanes } from '../../model/spanLayout';
import type { StanceEvent } from '../../model/schema';

const DAY = 86_400_000;

/** The days an event may fall on, as UTC midnights, end exclusive: a week-precision date covers seven days. */
function eventExtent(event: StanceEvent): { start: number; end: number } {
  const start = Date.parse(`${event.date.value}T00:00:00Z`);
  const d = new Date(start);
  const end = {
    day: () => start + DAY,
    week: () => start + 7 * DAY,
    month: () => Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1),
    year: () => Date.UTC(d.getUTCFullYear() + 1, 0, 1),
  }[event.date.precision]();
  return { start, end };
}

export interface TimelineBar {
  event: StanceEvent;
  /** Day index from the window's first day, and how many days the event may span. */
  day: number;
  days: number;
  lane: number;
}

export interface Timeline {
  /** UTC midnights of every day in the window around the visit. */
  days: number[];
  bars: TimelineBar[];
  laneCount: number;
  /** Older events (named as history or dated only by year), in date order. */
  background: StanceEvent[];
}

/**
 * Splits events into the days around the visit (those within `windowDays` of the latest event) and
 * the background, and gives each near event a lane so events that may overlap are drawn side by side.
 */
export function buildTimeline(events: readonly StanceEvent[], windowDays = 21): Timeline {
  const dated = events.map((event) => ({ event, ...eventExtent(event) })).sort((a, b) => a.start - b.start || a.end - b.end);
  if (!dated.length) return { days: [], bars: [], laneCount: 0, background: [] };
  const latest = Math.max(...dated.map((d) => d.end));
  const near = dated.filter((d) => d.start >= latest - windowDays * DAY && d.end - d.start <= 7 * DAY);
  const background = dated.filter((d) => !near.includes(d)).map((d) => d.event);
  if (!near.length) return { days: [], bars: [], laneCount: 0, background };
  const first = Math.min(...near.map((d) => d.start));
  const last = Math.max(...near.map((d) => d.end));
  const days = Array.from({ length: Math.round((last - first) / DAY) }, (_, i) => first + i * DAY);
  const placed = assignLanes(near.map((d) => ({ key: d.event.id, start: d.start, end: d.end, datum: d.event })));
  const bars = placed.map((m) => ({ event: m.datum, day: Math.round((m.start - first) / DAY), days: Math.round((m.end - m.start) / DAY), lane: m.lane }));
  return { days, bars, laneCount: Math.max(0, ...bars.map((b) => b.lane + 1)), background };
}
