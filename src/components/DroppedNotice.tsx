import type { DroppedParam } from '../url/params';
import { DataText } from './DataText';

/** How many ignored values are named; the rest are counted, so a link naming thousands stays one line. */
export const DROPPED_SHOWN = 3;
/** Longest value quoted in full; a longer one is cut with an ellipsis. */
const VALUE_CHARS = 40;

const shorten = (value: string) => (value.length > VALUE_CHARS ? `${value.slice(0, VALUE_CHARS - 1)}…` : value);
const count = new Intl.NumberFormat('en-GB');

interface DroppedNoticeProps {
  dropped: DroppedParam[];
  onDismiss: () => void;
}

/** Says which values in a shared link named nothing in this dataset and were left out. */
export function DroppedNotice({ dropped, onDismiss }: DroppedNoticeProps) {
  if (!dropped.length) return null;
  const shown = dropped.slice(0, DROPPED_SHOWN);
  const more = dropped.length - shown.length;
  return (
    <div className="notice" role="status">
      <p>
        <strong>Part of this link was ignored.</strong> {dropped.length === 1 ? 'This value names' : `These ${count.format(dropped.length)} values name`} nothing in
        this dataset, so the view shows the rest:{' '}
        {shown.map(({ param, value }, i) => (
          <span key={i}>
            {i > 0 && ', '}
            {param}: “<DataText text={shorten(value)} />”
          </span>
        ))}
        {more > 0 && ` and ${count.format(more)} more`}.
      </p>
      <button type="button" onClick={onDismiss}>
        Remove them from the link
      </button>
    </div>
  );
}
