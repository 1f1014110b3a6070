// S1 billing periods and S2 service years.
import { addMonths, type IsoDate } from '../time';
import type { BillingMode, Period, Subscription } from './subscription-types';

export function periodMonths(billing: BillingMode): number {
  return billing === 'yearly' ? 12 : 1;
}

/** S1: periodEnd = periodStart + 1 or 12 months, calendar arithmetic with clamping. */
export function periodEndFor(periodStart: IsoDate, billing: BillingMode): IsoDate {
  return addMonths(periodStart, periodMonths(billing));
}

/**
 * S1: the periods from the first start, each renewal starting at the previous periodEnd, up to
 * the one containing `until` (inclusive).
 */
export function periodsUntil(subscription: Subscription, until: IsoDate): Period[] {
  const periods: Period[] = [];
  for (let start = subscription.start; start <= until; ) {
    const end = periodEndFor(start, subscription.billing);
    periods.push({ start, end });
    start = end;
  }
  return periods;
}

/** The billing period containing `date`, or null before the first start. */
export function periodContaining(subscription: Subscription, date: IsoDate): Period | null {
  return periodsUntil(subscription, date).at(-1) ?? null;
}

export type ServiceYear = Period & { readonly index: number };

/**
 * S2: the 12-month windows counted from the first start date, whatever the billing mode. Each
 * window is computed from the first start (not chained), so a 29 February start keeps its day.
 */
export function serviceYearOf(subscription: Subscription, date: IsoDate): ServiceYear | null {
  if (date < subscription.start) return null;
  const startYear = Number(subscription.start.slice(0, 4));
  let index = Math.max(0, Number(date.slice(0, 4)) - startYear - 1);
  while (addMonths(subscription.start, 12 * (index + 1)) <= date) index += 1;
  return {
    index,
    start: addMonths(subscription.start, 12 * index),
    end: addMonths(subscription.start, 12 * (index + 1)),
  };
}
