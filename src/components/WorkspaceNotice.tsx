import { Link } from 'react-router';
import { useAppStore } from '../store/appStore';

/** Says, on every page, when saved work could not be saved or read, and where to export it. */
export function WorkspaceNotice() {
  const problem = useAppStore((s) => s.storageProblem);
  const dismiss = useAppStore((s) => s.reportStorageProblem);
  if (!problem) return null;
  return (
    <div className="notice" role="alert">
      <p>
        <strong>Saving problem.</strong> {problem} <Link to="/data">Open your data</Link>
      </p>
      <button type="button" onClick={() => dismiss(null)}>
        Dismiss
      </button>
    </div>
  );
}
