import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspaceSlice';
import { WORKSPACE_KEY, workspaceStorage, type PersistedWorkspace } from './workspaceStorage';

/** Something a view can point at, so every other visible view can highlight it. */
export type HoverTarget = { kind: 'actor' | 'topic'; id: string } | null;

export interface HoverSlice {
  hovered: HoverTarget;
  setHovered: (target: HoverTarget) => void;
}

/** Global state that is not shared through the URL: hover (never saved) and the workspace (saved locally). */
export type AppStore = HoverSlice & WorkspaceSlice;

const createHoverSlice: StateCreator<AppStore, [], [], HoverSlice> = (set) => ({
  hovered: null,
  setHovered: (hovered) => set({ hovered }),
});

/** The version of the saved workspace's own shape; each dataset in it also carries its schemaVersion. */
export const WORKSPACE_VERSION = 1;

export const useAppStore = create<AppStore>()(
  persist(
    (...a) => ({ ...createHoverSlice(...a), ...createWorkspaceSlice(...a) }),
    {
      name: WORKSPACE_KEY,
      version: WORKSPACE_VERSION,
      storage: workspaceStorage((message) => useAppStore.getState().reportStorageProblem(message)),
      partialize: ({ datasets, activeId }): PersistedWorkspace => ({ datasets, activeId }),
      // Datasets are migrated one by one as they are read (workspaceStorage); the workspace shape has one version so far.
      migrate: (persisted) => persisted as PersistedWorkspace,
    },
  ),
);
