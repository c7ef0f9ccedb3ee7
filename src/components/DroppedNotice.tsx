import type { DroppedParam } from '../url/params';

const describe = ({ param, value }: DroppedParam) => `${param}: “${value}”`;

interface DroppedNoticeProps {
  dropped: DroppedParam[];
  onDismiss: () => void;
}

/** Says which values in a shared link named nothing in this dataset and were left out. */
export function DroppedNotice({ dropped, onDismiss }: DroppedNoticeProps) {
  if (!dropped.length) return null;
  return (
    <div className="notice" role="status">
      <p>
        <strong>Part of this link was ignored.</strong> These values name nothing in this dataset, so the view shows
        the rest: {dropped.map(describe).join(', ')}.
      </p>
      <button type="button" onClick={onDismiss}>
        Remove them from the link
      </button>
    </div>
  );
}
