const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "26 Feb 2025" from an ISO day. */
export const formatDay = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const fullDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "20 February – 2 March 2025": the span of two days, the shared year said once. Written out rather than
 * by Intl's formatRange, whose spacing differs between ICU versions, so a page drawn at build reads the
 * same as the browser draws it.
 */
export function formatDayRange(fromDay: Date | number, toDay: Date | number): string {
  const [from, to] = [new Date(fromDay), new Date(toDay)];
  if (from.getTime() === to.getTime()) return fullDayFormat.format(from);
  if (from.getUTCFullYear() !== to.getUTCFullYear()) return `${fullDayFormat.format(from)} – ${fullDayFormat.format(to)}`;
  if (from.getUTCMonth() === to.getUTCMonth()) return `${from.getUTCDate()}–${fullDayFormat.format(to)}`;
  return `${dayMonthFormat.format(from)} – ${fullDayFormat.format(to)}`;
}
