import type { ReadingFilter } from '../model/reading';
import { parseReadingParam, writeReadingParam } from './readingParam';
import { useUrlState } from './useUrlState';

// useUrlState merges a partial change into the state; the filter is one value, so it is wrapped in an object.
const parse = (params: URLSearchParams) => {
  const { state, dropped } = parseReadingParam(params);
  return { state: { reading: state }, dropped };
};
const write = (state: { reading: ReadingFilter }, base: URLSearchParams) => writeReadingParam(state.reading, base);

/** The reading filter as it stands in the URL, shared by every view that honours it. */
export function useReadingFilter() {
  const { state, dropped, update } = useUrlState(null, parse, write);
  return { reading: state.reading, dropped, setReading: (reading: ReadingFilter, options?: { replace?: boolean }) => update({ reading }, options) };
}
