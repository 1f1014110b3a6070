import { totalsByCurrency } from '@core/reports';
import { addDays, type IsoDate, minDate, monthOf } from '@core/time';

import type { ChannelsOf } from '../ipc/contract';
import type { StatementCharges, StatementPlan } from '../ipc/contract/statement';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound } from '../ipc/refusal';
import { partnerBookings } from './booking-records';
import type { HandlerContext } from './context';
import { billingReport, quotaSummary } from './report-data';
import { partnerPlan } from './subscription-plans';
import { toWireBooking } from './wire-records';

/** How many bookings ahead the one page lists. */
const UPCOMING_SHOWN = 12;

/** M8: the billing summary's lines of the current period, from its first day to today (later months are not billed yet). */
async function periodCharges(ctx: HandlerContext, partnerId: string, period: { start: IsoDate; end: IsoDate }, today: IsoDate): Promise<StatementCharges> {
  const to = minDate(addDays(period.end, -1), today);
  const report = await billingReport({ from: monthOf(period.start), to: monthOf(to), partnerId }, ctx);
  const lines = (report.partners[0]?.months ?? []).flatMap((m) => m.lines).filter((l) => l.date >= period.start && l.date <= to);
  return {
    from: period.start,
    to,
    lines,
    totals: totalsByCurrency(lines),
    pending: lines.filter((l) => l.amount === null).length,
  };
}

export const statementHandlers: HandlerMap<ChannelsOf<'statement'>, HandlerContext> = {
  'statement/partner': async ({ partnerId, month }, ctx) => {
    const data = ctx.store.read();
    const partner = data.partners.find((p) => p.id === partnerId);
    if (!partner) throw notFound('partner', partnerId);
    // Q1-Q5, B1-B3: the quota summary's own figures, so the statement and the report always agree.
    const summary = await quotaSummary({ partnerId, ...(month ? { month } : {}) }, ctx);
    const quotas = summary.rows[0];
    if (!quotas) throw notFound('partner', partnerId);
    const today = summary.today;
    const status = partnerPlan(data, partnerId, today);
    const record = status.subscription;
    const plan: StatementPlan | null = record && {
      level: status.levelToday,
      billing: record.billing,
      start: record.start,
      period: record.period,
      serviceYear: status.serviceYear,
      nextRenewal: status.nextRenewal,
      renewalDue: status.renewalDue,
      endsOn: status.endsOn,
    };
    const upcoming = partnerBookings(ctx, partnerId)
      .filter((b) => b.status === 'booked' && b.end >= today)
      .sort((a, b) => a.start.localeCompare(b.start))
      .slice(0, UPCOMING_SHOWN)
      .map(toWireBooking);
    return {
      partnerId,
      partnerName: partner.name,
      month: summary.month,
      today,
      generatedAt: ctx.services.now().toISOString(),
      currency: data.priceBook.currency,
      plan,
      quotas,
      upcoming,
      charges: record ? await periodCharges(ctx, partnerId, record.period, today) : null,
    };
  },
};
