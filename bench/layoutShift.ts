/** One `layout-shift` performance entry, as the page reports it. */
export interface LayoutShift {
  startTime: number;
  value: number;
  hadRecentInput: boolean;
}

const SESSION_GAP_MS = 1000;
const SESSION_MAX_MS = 5000;

/**
 * Cumulative layout shift as Core Web Vitals define it: shifts not caused by recent input are grouped
 * into session windows (a new one starts after a 1 s gap, or once a window spans 5 s), and the score is
 * the largest window's sum.
 */
export function cumulativeLayoutShift(shifts: LayoutShift[]): number {
  let largest = 0;
  let sum = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (shift.hadRecentInput) continue;
    if (shift.startTime - previous > SESSION_GAP_MS || shift.startTime - windowStart > SESSION_MAX_MS) {
      sum = 0;
      windowStart = shift.startTime;
    }
    sum += shift.value;
    previous = shift.startTime;
    largest = Math.max(largest, sum);
  }
  return largest;
}
