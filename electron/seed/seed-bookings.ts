import { cnMainlandCalendar } from '@core/calendar';
import { trainingTopics } from '@core/catalog';
import { levelOn } from '@core/subscription';
import { addDays, addMonths, monthOf, monthStart } from '@core/time';

import { askOf, bookingRecordOf, judgeBooking } from '../handlers/booking-entry';
import { timelineOf } from '../handlers/subscription-plans';
import type { NewBookingRequest } from '../ipc/contract/bookings';
import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { Random } from './random';
import type { SeedIds } from './seed-plans';

/** One month's wishes of a partner: a consulting session, a training, now and then KEA days. */
function wishes(random: Random, partnerId: string, month: string, yearly: boolean, premier: boolean): NewBookingRequest[] {
  const day = () => addDays(monthStart(month), random.int(0, 27));
  const out: NewBookingRequest[] = [];
  const common = { partnerId, title: '', notes: '' };
  if (random.chance(0.35))
    out.push({
      ...common,
      kind: 'consulting',
      start: day(),
      startTime: random.pick(['09:30', '10:00', '14:00']),
      hours: random.int(1, premier ? 8 : 4),
      title: 'Architecture review',
    });
  if (random.chance(0.3))
    out.push({
      ...common,
      kind: 'training',
      start: day(),
      method: random.chance(0.7) ? 'online' : 'telepresence',
      venue: '',
      venueConfirmed: false,
      topics: [random.pick(trainingTopics)],
      title: 'Team training',
    });
  if (premier && random.chance(0.06))
    out.push({
      ...common,
      kind: 'training',
      start: day(),
      method: 'on-site',
      venue: 'Partner office',
      venueConfirmed: true,
      topics: [random.pick(trainingTopics), random.pick(trainingTopics)].filter((t, i, all) => all.indexOf(t) === i),
      title: 'On-site training',
    });
  if (yearly && random.chance(0.12)) {
    const start = day();
    out.push({ ...common, kind: 'kea', start, end: addDays(start, random.int(0, 2)), title: 'Product launch' });
  }
  return out;
}

/**
 * KEA days, consulting sessions and trainings, each accepted by the same checks as
 * bookings/create (B1-B4, T4 lead time): a refused wish moves to the next date the rule names,
 * or is dropped. Past bookings are mostly delivered, a few cancelled.
 */
export function seedBookings(input: { random: Random; ids: SeedIds; desk: DeskData; until: string }): StoredBooking[] {
  const { random, ids, desk, until } = input;
  const out: StoredBooking[] = [];
  for (const record of desk.subscriptions) {
    const subscription = timelineOf(record);
    const mine: StoredBooking[] = [];
    for (let month = monthOf(record.start); monthStart(month) <= until; month = monthOf(addMonths(monthStart(month), 1))) {
      const level = levelOn(subscription, monthStart(month));
      if (level === null || level === 'basic') continue;
      for (const wish of wishes(random, record.partnerId, month, record.billing === 'yearly', level === 'premier')) {
        const appliedOn = addDays(wish.start, -random.int(8, 30));
        if (appliedOn < record.start || wish.start > addDays(until, 60)) continue;
        let request = wish;
        let verdict = judgeBooking({ subscription, calendar: cnMainlandCalendar, bookings: mine, ask: askOf(request), appliedOn });
        if (!verdict.ok && verdict.nextDate) {
          const moved = verdict.nextDate;
          request = request.kind === 'kea' ? { ...request, start: moved, end: addDays(moved, 0) } : { ...request, start: moved };
          verdict = judgeBooking({ subscription, calendar: cnMainlandCalendar, bookings: mine, ask: askOf(request), appliedOn });
        }
        if (!verdict.ok) continue;
        let booking = bookingRecordOf(request, { id: ids.next('booking'), appliedOn, now: `${appliedOn}T03:00:00Z` });
        if (random.chance(0.08)) {
          const cancelledOn = addDays(appliedOn, random.int(1, 5));
          if (cancelledOn <= until)
            booking = {
              ...booking,
              status: 'cancelled',
              cancelledOn,
              history: [...booking.history, { at: `${cancelledOn}T03:00:00Z`, action: 'cancel', reason: 'Plans changed' }],
            };
        } else if (booking.end < until) {
          booking = { ...booking, status: 'delivered', history: [...booking.history, { at: `${booking.end}T10:00:00Z`, action: 'deliver', reason: '' }] };
        }
        mine.push(booking);
      }
    }
    out.push(...mine);
  }
  return out;
}
