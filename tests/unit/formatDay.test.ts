import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange } from '../../src/model/formatDay';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formatDay', () => {
  it('writes an ISO day as a reader would', () => {
    expect(formatDay('2025-02-26')).toBe('26 Feb 2025');
  });
});

describe('formatDayRange', () => {
  it.each([
    ['2025-02-20', '2025-03-02', '20 February – 2 March 2025'],
    ['2025-02-20', '2025-02-26', '20–26 February 2025'],
    ['2024-12-30', '2025-01-02', '30 December 2024 – 2 January 2025'],
    ['2025-02-20', '2025-02-20', '20 February 2025'],
  ])('%s to %s reads "%s", with plain spaces around the dash', (from, to, text) => {
    expect(formatDayRange(day(from), day(to))).toBe(text);
  });
});
