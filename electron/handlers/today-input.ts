// The plain values core's todayItems needs, read from memory and the store's facts.
import type { HolidayCalendar } from '@core/calendar';
import type { MonthKey } from '@core/time';
import type { TodayBooking, TodayCase, TodayPartner } from '@core/today';

import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { asCoreBookings } from './booking-records';
import { calendarOf } from './calendar-of';
import { caseMilestones } from './case-clock';
import type { DeskStore } from './context';
import { byPartner, partnerRecords } from './partner-records';
import { type MonthFacts, usedInMonth } from './reports-month-facts';
import { currentSubscription, timelineOf } from './subscription-plans';

/**
 * C2 / C3: unanswered cases whose clock is guaranteed. They are kept in memory (the store's
 * resident cases), so no day file is read.
 */
export function openCases(store: DeskStore, data: Readonly<DeskData>): TodayCase[] {
  const calendar = calendarOf(data);
  const cases: TodayCase[] = [];
  for (const c of store.collection('cases').inMemory() as readonly StoredCase[]) {
    if (c.state !== 'open') continue;
    const clock = clockOf(c, calendar);
    if (clock) cases.push(clock);
  }
  return cases;
}

/**
 * A stored case is never changed in place (a write stores a new record) and a calendar import
 * makes a new calendar, so a case's clock is worked out once per record and calendar: a Today
 * asked for again (every minute, on every visit) computes only the clocks of cases written since.
 */
const clocks = new WeakMap<HolidayCalendar, WeakMap<StoredCase, TodayCase | null>>();

function clockOf(c: StoredCase, calendar: HolidayCalendar): TodayCase | null {
  let known = clocks.get(calendar);
  if (!known) clocks.set(calendar, (known = new WeakMap()));
  let clock = known.get(c);
  if (clock === undefined) {
    // C1 / C4: the clock of the level stored at opening (case-clock, shared with the SLA board); C3: a corrected case is not chased.
    const m = caseMilestones(c, calendar);
    clock = m.guaranteed
      ? {
          id: c.id,
          partnerId: c.partnerId,
          customer: c.customer,
          vendorRef: c.vendorRef,
          severity: c.severity,
          atRiskMs: m.atRiskMs,
          dueMs: m.dueMs,
          dueAt: m.dueAt,
        }
      : null;
    known.set(c, clock);
  }
  return clock;
}

/** Each partner that is not archived with its plan, this month's count (Q1, from the day facts), packs, bookings and consumption. */
export function todayPartners(data: Readonly<DeskData>, bookings: readonly StoredBooking[], days: MonthFacts): TodayPartner[] {
  const { packs, consumption } = partnerRecords(data);
  const booked = byPartner(bookings);
  return data.partners
    .filter((p) => !p.archived)
    .map((partner) => {
      const subscription = currentSubscription(data, partner.id);
      return {
        id: partner.id,
        name: partner.name,
        subscription,
        usedThisMonth: subscription ? usedInMonth(days, timelineOf(subscription), partner.id) : 0,
        packs: packs.get(partner.id) ?? [],
        ...asCoreBookings(booked.get(partner.id) ?? []),
        consumptionMonths: (consumption.get(partner.id) ?? []).map((c): MonthKey => c.month),
      };
    });
}

export const todayBookings = (bookings: readonly StoredBooking[]): TodayBooking[] =>
  bookings.map((b) => ({
    id: b.id,
    partnerId: b.partnerId,
    kind: b.kind,
    status: b.status,
    start: b.start,
    end: b.end,
    title: b.title,
    method: b.method,
    venueConfirmed: b.venueConfirmed,
  }));
