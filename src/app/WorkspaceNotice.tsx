import { Link } from 'react-router';
import { downloadBlob } from '../charts/exportChart';
import { useAppStore } from '../store/appStore';
import { workspaceSync } from '../store/workspace';
import type { SavedDataset } from '../store/workspaceSlice';
import './workspaceNotice.css';

async function exportSaved(saved: SavedDataset) {
  // Loaded on demand: the import module brings zod, which the first page does without.
  const { exportDatasetJson } = await import('../model/importDataset');
  const json = exportDatasetJson(saved.dataset, saved.texts);
  downloadBlob(new Blob([json], { type: 'application/json;charset=utf-8' }), `${saved.dataset.id}.json`);
}

/** A save that failed: what failed, the unsaved datasets to export, and a way to try again. */
function SaveFailureNotice() {
  const failure = useAppStore((s) => s.saveFailure);
  const datasets = useAppStore((s) => s.datasets);
  if (!failure) return null;
  const unsaved = failure.unsaved.map((id) => datasets[id]).filter((saved) => saved !== undefined);
  return (
    <div className="notice notice--problem" role="alert">
      <p>
        <strong>Not saved.</strong> {failure.message}
      </p>
      <div className="notice__actions">
        {unsaved.map((saved) => (
          <button key={saved.dataset.id} type="button" onClick={() => void exportSaved(saved)}>
            Export “<bdi>{saved.dataset.title}</bdi>”
          </button>
        ))}
        <button type="button" onClick={() => void workspaceSync()?.retry()}>
          Try saving again
        </button>
      </div>
    </div>
  );
}

/** Says, on every page, what happened to saved work: a failed save, a dataset set aside, a change made in another tab. */
export function WorkspaceNotice() {
  const problem = useAppStore((s) => s.storageProblem);
  const dismiss = useAppStore((s) => s.reportStorageProblem);
  return (
    <>
      <SaveFailureNotice />
      {problem && (
        <div className="notice" role="alert">
          <p>
            <strong>Your saved work.</strong> {problem} <Link to="/data">Open your data</Link>
          </p>
          <button type="button" onClick={() => dismiss(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
