import { create } from 'zustand';

/** The views of the app; a view joins when its feature is built. */
export const VIEWS = ['partners', 'sla', 'quotas', 'bookings', 'reports', 'plans', 'proration', 'settings'] as const;
export type View = (typeof VIEWS)[number];

type NavigationState = {
  view: View;
  /** The partner whose page is open inside the partners view, if any. */
  partnerId: string | null;
  go: (view: View) => void;
  openPartner: (partnerId: string) => void;
  closePartner: () => void;
};

export const useNavigation = create<NavigationState>((set) => ({
  view: 'partners',
  partnerId: null,
  go: (view) => set({ view, partnerId: null }),
  openPartner: (partnerId) => set({ view: 'partners', partnerId }),
  closePartner: () => set({ partnerId: null }),
}));
