import { consultingBalance, keaBalance, trainingBalance } from '@core/booking';
import { levelOn } from '@core/subscription';

import type { BookingCheck, ParsedRequestOf } from '../ipc/contract';
import type { StoredBooking } from '../store/records/bookings';
import { type BookingAsk, earliestFor, judgeBooking, refusalOf } from './booking-entry';
import { asCoreBookings, partnerBookings, todayOf } from './booking-records';
import { calendarOf } from './calendar-of';
import type { HandlerContext } from './context';
import { partnerSubscription } from './subscription-plans';

const NO_BALANCES: BookingCheck['balances'] = { kea: null, consulting: null, training: null };

/** The new-booking form's live check (bookings/check): what saving the draft would do, nothing stored. */
export function checkBooking(draft: ParsedRequestOf<'bookings/check'>, ctx: HandlerContext): BookingCheck {
  const data = ctx.store.read();
  const today = todayOf(ctx);
  const calendar = calendarOf(data);
  const earliest = earliestFor(draft.kind, today, calendar);
  const answer: BookingCheck = { today, level: null, earliest, balances: NO_BALANCES, refusal: null, nextDate: null, warnings: [] };
  const plan = partnerSubscription(data, draft.partnerId);
  if (!plan.ok) return { ...answer, refusal: plan.refusal.body };
  const subscription = plan.value;
  // A reschedule is checked as if the booking it replaces were cancelled today (B1).
  const others = partnerBookings(ctx, draft.partnerId).map(
    (b): StoredBooking => (b.id === draft.replacing ? { ...b, status: 'cancelled', cancelledOn: today } : b),
  );
  const core = asCoreBookings(others);
  // Before a date is picked, the quota is shown for the earliest date the form allows.
  const on = draft.start ?? earliest ?? today;
  const kea = keaBalance(subscription, core.kea, on);
  const consulting = consultingBalance(subscription, core.consulting, on);
  const training = trainingBalance(subscription, core.trainings, on);
  const checked: BookingCheck = {
    ...answer,
    level: levelOn(subscription, on),
    balances: {
      kea: kea && { quota: kea.quota, used: kea.used, left: kea.left, serviceYearEnd: kea.serviceYear.end },
      consulting: consulting && {
        quota: consulting.quota,
        used: consulting.used,
        left: consulting.left,
        maxHours: consulting.maxHours,
        serviceYearEnd: consulting.serviceYear.end,
      },
      training: training && {
        organizedThisMonth: training.organizedThisMonth,
        organizedPerMonth: training.organizedPerMonth,
        onsiteThisServiceYear: training.onsiteThisServiceYear,
        onsitePerServiceYear: training.onsitePerServiceYear,
        month: training.month,
      },
    },
  };
  const complete =
    draft.start !== undefined &&
    (draft.kind === 'kea' ? draft.end !== undefined : draft.kind === 'consulting' ? draft.hours !== undefined : draft.method !== undefined);
  if (!complete || draft.start === undefined) return checked;
  const ask: BookingAsk = {
    kind: draft.kind,
    start: draft.start,
    end: draft.kind === 'kea' ? (draft.end ?? draft.start) : draft.start,
    hours: draft.hours ?? null,
    method: draft.method ?? null,
    venueConfirmed: draft.venueConfirmed ?? false,
    topics: draft.topics ?? [],
  };
  const verdict = judgeBooking({ subscription, calendar, bookings: others, ask, appliedOn: today });
  if (verdict.ok) return { ...checked, warnings: verdict.warnings.map((w) => ({ ...w, data: { ...w.data } })) };
  return { ...checked, refusal: refusalOf(verdict).body, nextDate: verdict.nextDate };
}
