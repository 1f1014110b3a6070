import { create } from 'zustand';

/** The views of the app in the navigation's order; Today is the first screen once there is data. */
export const VIEWS = ['today', 'partners', 'sla', 'quotas', 'bookings', 'reports', 'plans', 'proration', 'settings'] as const;
/** 'service-report' and 'statement' are opened from a partner's page, not from the navigation list. */
export type View = (typeof VIEWS)[number] | 'service-report' | 'statement';

/** A record opened over the current screen (from search, the Today view …), wherever it is stored. */
export type OpenedRecord = { kind: 'case'; caseId: string; partnerId: string } | { kind: 'booking'; bookingId: string; partnerId: string };

type NavigationState = {
  view: View;
  /**
   * False until the first screen is chosen (Today once the desk holds partners, else Partners):
   * the screen waits for it rather than showing Partners and then jumping away.
   */
  started: boolean;
  /** The partner whose page is open inside the partners view, if any. */
  partnerId: string | null;
  /** P4: the partner and month of the service report shown, if any. */
  report: { partnerId: string; month: string } | null;
  /** The partner whose statement is shown, if any. */
  statement: { partnerId: string } | null;
  /** The case or booking whose detail dialog is open over the screen, if any. */
  opened: OpenedRecord | null;
  go: (view: View) => void;
  /** Shows the first screen, unless the user already went somewhere. */
  start: (view: View) => void;
  openPartner: (partnerId: string) => void;
  closePartner: () => void;
  openServiceReport: (partnerId: string, month: string) => void;
  openStatement: (partnerId: string) => void;
  /** The partner's page, with the case's detail dialog over it. */
  openCase: (target: { caseId: string; partnerId: string }) => void;
  /** The bookings view, with the booking's detail dialog over it. */
  openBooking: (target: { bookingId: string; partnerId: string }) => void;
  closeOpened: () => void;
};

export const useNavigation = create<NavigationState>((set, get) => ({
  view: 'partners',
  started: false,
  partnerId: null,
  report: null,
  statement: null,
  opened: null,
  go: (view) => set({ view, started: true, partnerId: null, report: null, statement: null, opened: null }),
  start: (view) => {
    if (!get().started) set({ view, started: true });
  },
  openPartner: (partnerId) => set({ view: 'partners', started: true, partnerId, report: null, statement: null, opened: null }),
  closePartner: () => set({ partnerId: null }),
  openServiceReport: (partnerId, month) =>
    set({ view: 'service-report', started: true, partnerId: null, report: { partnerId, month }, statement: null, opened: null }),
  openStatement: (partnerId) => set({ view: 'statement', started: true, partnerId: null, report: null, statement: { partnerId }, opened: null }),
  openCase: ({ caseId, partnerId }) =>
    set({ view: 'partners', started: true, partnerId, report: null, statement: null, opened: { kind: 'case', caseId, partnerId } }),
  openBooking: ({ bookingId, partnerId }) =>
    set({ view: 'bookings', started: true, partnerId: null, report: null, statement: null, opened: { kind: 'booking', bookingId, partnerId } }),
  closeOpened: () => set({ opened: null }),
}));
