import { create } from 'zustand';

/** Something a view can point at, so every other visible view can highlight it. */
export type HoverTarget = { kind: 'actor' | 'topic'; id: string } | null;

export interface HoverStore {
  hovered: HoverTarget;
  setHovered: (target: HoverTarget) => void;
}

/** The hover highlight: shared by the views on show, never saved (a hover must cost no write). */
export const useHoverStore = create<HoverStore>()((set) => ({
  hovered: null,
  setHovered: (hovered) => set({ hovered }),
}));
