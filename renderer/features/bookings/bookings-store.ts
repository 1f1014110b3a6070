import { create } from 'zustand';

import type { BookingCheck, BookingRecord, CalendarMonth, RequestOf } from '@main/ipc/contract';

import { call } from '../../api/bridge';

export type NewBooking = RequestOf<'bookings/create'>;
export type BookingDraft = RequestOf<'bookings/check'>;
export type BookingChange = RequestOf<'bookings/update'>['change'];

type BookingsState = {
  /** T4: main's Beijing date, which decides lead times and whether KEA days come back (B1). */
  today: string | null;
  bookings: BookingRecord[];
  loaded: boolean;
  load: () => Promise<void>;
  /** What saving the draft would do, as main answers it (nothing is stored). */
  check: (draft: BookingDraft) => Promise<BookingCheck>;
  create: (request: NewBooking) => Promise<BookingRecord>;
  update: (id: string, change: BookingChange) => Promise<BookingRecord>;
  exportIcs: (ids: string[], language: string) => Promise<string | null>;
  month: (month: string) => Promise<CalendarMonth>;
};

export const useBookings = create<BookingsState>((set, get) => ({
  today: null,
  bookings: [],
  loaded: false,
  load: async () => {
    const { today, bookings } = await call('bookings/list', {});
    set({ today, bookings, loaded: true });
  },
  check: (draft) => call('bookings/check', draft),
  create: async (request) => {
    const created = await call('bookings/create', request);
    await get().load();
    return created;
  },
  update: async (id, change) => {
    const updated = await call('bookings/update', { id, change });
    await get().load();
    return updated;
  },
  exportIcs: async (ids, language) => (await call('bookings/export-ics', { ids, language: language === 'zh-CN' ? 'zh-CN' : 'en' })).path,
  month: (month) => call('calendar/month', { month }),
}));
