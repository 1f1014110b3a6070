// B1-B3: the periods a set of bookings takes over their allowances (two desks' bookings merged, say).
import { planOf } from '../catalog';
import { levelOn, serviceYearOf, type Subscription } from '../subscription';
import { eachDate, monthOf } from '../time';
import type { ConsultingSession, KeaBooking, TrainingBooking } from './booking-types';
import { consultingBalance } from './consulting';
import { keaBookingCounts, keaDaysUsed } from './kea';
import { trainingBalance } from './training-balance';

export type BookingOverrunKind = 'kea-over' | 'consulting-month' | 'consulting-year' | 'training-month' | 'onsite-year';

/** One allowance exceeded: the month (YYYY-MM) or the service year's first day it concerns, what is booked there and the allowance. */
export type BookingOverrun = {
  readonly kind: BookingOverrunKind;
  readonly rule: 'B1' | 'B2' | 'B3';
  readonly period: string;
  readonly count: number;
  readonly limit: number;
};

type Bookings = { readonly kea: readonly KeaBooking[]; readonly consulting: readonly ConsultingSession[]; readonly trainings: readonly TrainingBooking[] };

/** B1: each service year holding counted KEA days beyond the quota of the level on the start date of a booking in it (yearly plans only). */
function keaOverruns(subscription: Subscription, kea: readonly KeaBooking[]): BookingOverrun[] {
  if (subscription.billing !== 'yearly') return [];
  const found: BookingOverrun[] = [];
  for (const booking of kea.filter(keaBookingCounts).toSorted((a, b) => (a.start < b.start ? -1 : 1))) {
    const level = levelOn(subscription, booking.start);
    if (level === null) continue;
    const quota = planOf(level).keaDaysPerServiceYear;
    // B1: each day counts in the service year that contains it.
    for (const day of eachDate(booking.start, booking.end)) {
      const year = serviceYearOf(subscription, day);
      if (!year || found.some((o) => o.period === year.start)) continue;
      const used = keaDaysUsed(kea, year);
      if (used > quota) found.push({ kind: 'kea-over', rule: 'B1', period: year.start, count: used, limit: quota });
    }
  }
  return found;
}

/** B2: a month with more than one session (any level), and a service year with more sessions than the level on a session's date allows. */
function consultingOverruns(subscription: Subscription, sessions: readonly ConsultingSession[]): BookingOverrun[] {
  const found: BookingOverrun[] = [];
  const active = sessions.filter((s) => s.cancelled !== true).toSorted((a, b) => (a.date < b.date ? -1 : 1));
  const perMonth = new Map<string, number>();
  for (const session of active) perMonth.set(monthOf(session.date), (perMonth.get(monthOf(session.date)) ?? 0) + 1);
  for (const [month, count] of perMonth) if (count > 1) found.push({ kind: 'consulting-month', rule: 'B2', period: month, count, limit: 1 });
  for (const session of active) {
    const balance = consultingBalance(subscription, sessions, session.date);
    if (!balance || balance.used <= balance.quota || found.some((o) => o.kind === 'consulting-year' && o.period === balance.serviceYear.start)) continue;
    found.push({ kind: 'consulting-year', rule: 'B2', period: balance.serviceYear.start, count: balance.used, limit: balance.quota });
  }
  return found;
}

/** B3: a month with more organised trainings than the level allows, and a service year with more on-site ones (DECISIONS 15). */
function trainingOverruns(subscription: Subscription, trainings: readonly TrainingBooking[]): BookingOverrun[] {
  const found: BookingOverrun[] = [];
  const has = (kind: BookingOverrunKind, period: string) => found.some((o) => o.kind === kind && o.period === period);
  for (const training of trainings.filter((t) => t.cancelled !== true).toSorted((a, b) => (a.date < b.date ? -1 : 1))) {
    const balance = trainingBalance(subscription, trainings, training.date);
    if (!balance) continue;
    const { month, serviceYear } = balance;
    if (balance.organizedThisMonth > balance.organizedPerMonth && !has('training-month', month))
      found.push({ kind: 'training-month', rule: 'B3', period: month, count: balance.organizedThisMonth, limit: balance.organizedPerMonth });
    if (balance.onsiteThisServiceYear > balance.onsitePerServiceYear && !has('onsite-year', serviceYear.start))
      found.push({ kind: 'onsite-year', rule: 'B3', period: serviceYear.start, count: balance.onsiteThisServiceYear, limit: balance.onsitePerServiceYear });
  }
  return found;
}

/**
 * Every allowance of B1-B3 that `bookings` exceed under `subscription`, counted with the
 * balances the booking forms use (cancelled sessions and trainings do not count; KEA days
 * cancelled before their start come back). A booking is checked when it is made, so these arise
 * only where bookings come from elsewhere: two desks' bookings of one partner merged.
 */
export function bookingOverruns(subscription: Subscription, bookings: Bookings): BookingOverrun[] {
  return [
    ...keaOverruns(subscription, bookings.kea),
    ...consultingOverruns(subscription, bookings.consulting),
    ...trainingOverruns(subscription, bookings.trainings),
  ];
}
