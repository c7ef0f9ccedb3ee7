import { create } from 'zustand';

/** Something a view can point at, so every other visible view can highlight it. */
export type HoverTarget = { kind: 'actor' | 'topic'; id: string } | null;

/** Global state that is not shared through the URL. */
export interface AppStore {
  hovered: HoverTarget;
  setHovered: (target: HoverTarget) => void;
}

export const useAppStore = create<AppStore>()((set) => ({
  hovered: null,
  setHovered: (hovered) => set({ hovered }),
}));
