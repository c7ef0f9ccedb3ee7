import { useAppStore } from '../../store/appStore';

/** Whether the edits on show are saved in this browser yet; a failed save is told by the notice at the top. */
export function SaveStatus() {
  const saving = useAppStore((s) => s.saving);
  const failed = useAppStore((s) => s.saveFailure !== null);
  const status = useAppStore((s) => s.status);
  let words = 'Every change is saved in this browser as you make it.';
  if (status === 'unreadable' || failed) words = 'Not saved: see the notice at the top of the page.';
  else if (status === 'loading' || saving) words = 'Saving…';
  return (
    <p className="save-status" data-saving={saving || status === 'loading' ? 'true' : 'false'}>
      {words}
    </p>
  );
}
