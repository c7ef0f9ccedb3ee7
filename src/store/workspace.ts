import { useAppStore } from './appStore';
import { openWorkspaceDb } from './workspaceDb';
import { CHANNEL_NAME, connectWorkspace, type Channel, type WorkspaceSync } from './workspaceSync';

let current: WorkspaceSync | null = null;

/** Reads the saved workspace and keeps it saved from then on (once, at start-up); asks the browser to keep it. */
export function startWorkspace(): WorkspaceSync {
  if (!current) {
    const channel = typeof BroadcastChannel === 'function' ? (new BroadcastChannel(CHANNEL_NAME) as Channel) : null;
    current = connectWorkspace(useAppStore, () => openWorkspaceDb(), channel);
    // Without this the browser may clear the datasets when space runs low; it is a request, not a promise.
    void current.ready.then(() => navigator.storage?.persist?.()).catch(() => undefined);
    // Leaving the page would lose edits that are only in memory: let the browser ask first.
    window.addEventListener('beforeunload', (event) => {
      const { saveFailure, saving, status, datasets } = useAppStore.getState();
      if (saving || saveFailure || (status === 'unreadable' && Object.keys(datasets).length)) event.preventDefault();
    });
  }
  return current;
}

/** The running sync, or null where none was started (component tests). */
export const workspaceSync = (): WorkspaceSync | null => current;
