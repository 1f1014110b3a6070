import { create } from 'zustand';

/** The views of the app; a view joins when its feature is built. */
export const VIEWS = ['partners', 'sla', 'quotas', 'bookings', 'reports', 'plans', 'proration', 'settings'] as const;
/** 'service-report' is opened from a partner's page, not from the navigation list. */
export type View = (typeof VIEWS)[number] | 'service-report';

type NavigationState = {
  view: View;
  /** The partner whose page is open inside the partners view, if any. */
  partnerId: string | null;
  /** P4: the partner and month of the service report shown, if any. */
  report: { partnerId: string; month: string } | null;
  go: (view: View) => void;
  openPartner: (partnerId: string) => void;
  closePartner: () => void;
  openServiceReport: (partnerId: string, month: string) => void;
};

export const useNavigation = create<NavigationState>((set) => ({
  view: 'partners',
  partnerId: null,
  report: null,
  go: (view) => set({ view, partnerId: null, report: null }),
  openPartner: (partnerId) => set({ view: 'partners', partnerId, report: null }),
  closePartner: () => set({ partnerId: null }),
  openServiceReport: (partnerId, month) => set({ view: 'service-report', partnerId: null, report: { partnerId, month } }),
}));
