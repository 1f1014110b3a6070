import { create } from 'zustand';

/** The views of the app; a view joins when its feature is built. */
export const VIEWS = ['partners', 'settings'] as const;
export type View = (typeof VIEWS)[number];

type NavigationState = { view: View; go: (view: View) => void };

export const useNavigation = create<NavigationState>((set) => ({
  view: 'partners',
  go: (view) => set({ view }),
}));
