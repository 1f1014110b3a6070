import { create } from 'zustand';

/** The views of the app; a view joins when its feature is built. */
export const VIEWS = ['partners', 'sla', 'quotas', 'bookings', 'reports', 'plans', 'proration', 'settings'] as const;
/** 'service-report' is opened from a partner's page, not from the navigation list. */
export type View = (typeof VIEWS)[number] | 'service-report';

/** A record opened over the current screen (from search …), wherever it is stored. */
export type OpenedRecord = { kind: 'case'; caseId: string; partnerId: string } | { kind: 'booking'; bookingId: string; partnerId: string };

type NavigationState = {
  view: View;
  /** The partner whose page is open inside the partners view, if any. */
  partnerId: string | null;
  /** P4: the partner and month of the service report shown, if any. */
  report: { partnerId: string; month: string } | null;
  /** The case or booking whose detail dialog is open over the screen, if any. */
  opened: OpenedRecord | null;
  go: (view: View) => void;
  openPartner: (partnerId: string) => void;
  closePartner: () => void;
  openServiceReport: (partnerId: string, month: string) => void;
  /** The partner's page, with the case's detail dialog over it. */
  openCase: (target: { caseId: string; partnerId: string }) => void;
  /** The bookings view, with the booking's detail dialog over it. */
  openBooking: (target: { bookingId: string; partnerId: string }) => void;
  closeOpened: () => void;
};

export const useNavigation = create<NavigationState>((set) => ({
  view: 'partners',
  partnerId: null,
  report: null,
  opened: null,
  go: (view) => set({ view, partnerId: null, report: null, opened: null }),
  openPartner: (partnerId) => set({ view: 'partners', partnerId, report: null, opened: null }),
  closePartner: () => set({ partnerId: null }),
  openServiceReport: (partnerId, month) => set({ view: 'service-report', partnerId: null, report: { partnerId, month }, opened: null }),
  openCase: ({ caseId, partnerId }) => set({ view: 'partners', partnerId, report: null, opened: { kind: 'case', caseId, partnerId } }),
  openBooking: ({ bookingId, partnerId }) => set({ view: 'bookings', partnerId: null, report: null, opened: { kind: 'booking', bookingId, partnerId } }),
  closeOpened: () => set({ opened: null }),
}));
