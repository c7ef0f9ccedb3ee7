import type { ReadingFilter } from '../model/reading';
import type { DroppedParam } from './params';

/** `reading=stated` hides our readings in every view that draws positions or relations; absent, all show. */
export const READING_PARAM = 'reading';

/** Reads the reading filter; a value other than `stated` is dropped and reported. */
export function parseReadingParam(params: URLSearchParams): { state: ReadingFilter; dropped: DroppedParam[] } {
  const value = params.get(READING_PARAM);
  if (value === null || value === 'stated') return { state: value ?? 'all', dropped: [] };
  return { state: 'all', dropped: [{ param: READING_PARAM, value }] };
}

/** Writes the reading filter, keeping every other param; showing all is the default and leaves no trace. */
export function writeReadingParam(filter: ReadingFilter, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  params.delete(READING_PARAM);
  if (filter === 'stated') params.set(READING_PARAM, 'stated');
  return params;
}
