const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "26 Feb 2025" from an ISO day. */
export const formatDay = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));
