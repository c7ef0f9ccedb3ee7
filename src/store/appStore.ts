import { create } from 'zustand';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspaceSlice';

/**
 * The workspace: the user's datasets, the one on show, undo/redo and what storage has to say. Saved
 * by workspaceSync.ts, which writes only the datasets that changed; the hover highlight lives apart,
 * in hoverStore.ts, and is never saved.
 */
export const useAppStore = create<WorkspaceSlice>()(createWorkspaceSlice);
