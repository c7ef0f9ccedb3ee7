import { formatDay } from '../../model/formatDay';
import { format } from 'd3-format';

const percent = format('.0%');

/**
 * How a pair's agreement score moved since an earlier date, in words: "up from 50% on 26 Feb 2025",
 * "down from …", "unchanged since …", or "new: no shared topic on …" when they shared none then. Null when there
 * is no score now.
 */
export function agreementShift(now: number | null, before: number | null, since: string): string | null {
  if (now === null) return null;
  const day = formatDay(since);
  if (before === null) return `new: no shared topic on ${day}`;
  // Scores are shown as whole percents; a move too small to show is no move to the reader.
  if (percent(now) === percent(before)) return `unchanged since ${day}`;
  return `${now > before ? 'up' : 'down'} from ${percent(before)} on ${day}`;
}
