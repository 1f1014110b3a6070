// M8, Q1-Q5, B1-B3, C3: the figures of the Reports view, read from the store and computed by core.
import { setImmediate as nextTurn } from 'node:timers/promises';

import { billingMonths, type RecordedCharge, slaPerformance, totalsByCurrency } from '@core/reports';
import { parseInstant } from '@core/time';

import type { BillingReport, PartnerBilling, QuotaSummary, ReportScope } from '../ipc/contract';
import { notFound } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import { calendarOf } from './calendar-of';
import type { HandlerContext } from './context';
import { partnerRecords } from './partner-records';
import { quotaHandlers } from './quotas';
import { monthFacts, monthSlaOutcomes } from './reports-month-facts';
import { timelineOf } from './subscription-plans';

export function scopeOf(data: Readonly<DeskData>, partnerId: string | undefined): ReportScope {
  if (partnerId === undefined) return null;
  const partner = data.partners.find((p) => p.id === partnerId);
  if (!partner) throw notFound('partner', partnerId);
  return { partnerId, partnerName: partner.name };
}

export async function quotaSummary(request: { month?: string | undefined; partnerId?: string | undefined }, ctx: HandlerContext): Promise<QuotaSummary> {
  const data = ctx.store.read();
  const scope = scopeOf(data, request.partnerId);
  // Q1-Q5, B1-B3: the quotas screen's own figures, so both screens always agree.
  const portfolio = await quotaHandlers['quotas/portfolio'](request.month ? { month: request.month } : {}, ctx);
  const rows = scope ? portfolio.rows.filter((r) => r.partnerId === scope.partnerId) : portfolio.rows;
  const calendar = calendarOf(data);
  const nowMs = parseInstant(ctx.services.now().toISOString());
  // C3 / Q4: the met rate counts the cases with a guaranteed response time (see ratedForSla), from the store's facts of each day.
  const days = await monthFacts(ctx.store, portfolio.month);
  const outcomes = await monthSlaOutcomes({ store: ctx.store, days, month: portfolio.month, partnerId: scope?.partnerId, calendar, nowMs });
  return { month: portfolio.month, today: portfolio.today, scope, rows, sla: slaPerformance(outcomes) };
}

/** How many partners are computed between two yields, so a long export leaves main responsive. */
const PARTNERS_PER_TURN = 10;

/**
 * M8 for one partner or the portfolio. Partners are computed a few at a time with a yield to the
 * event loop in between, reporting how far it got, since a portfolio year can be large.
 */
export async function billingReport(
  request: { from: string; to: string; partnerId?: string | undefined },
  ctx: HandlerContext,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<BillingReport> {
  const data = ctx.store.read();
  const scope = scopeOf(data, request.partnerId);
  const partners = scope ? data.partners.filter((p) => p.id === scope.partnerId) : data.partners;
  const records = partnerRecords(data);
  const result: PartnerBilling[] = [];
  for (const [index, partner] of partners.entries()) {
    if (index > 0 && index % PARTNERS_PER_TURN === 0) {
      onProgress(index, partners.length);
      await nextTurn();
    }
    const charges: readonly RecordedCharge[] = records.charges.get(partner.id) ?? [];
    const consumption = Object.fromEntries((records.consumption.get(partner.id) ?? []).map((c) => [c.month, c.amount]));
    const subscriptions = (records.subscriptions.get(partner.id) ?? []).map(timelineOf);
    const months = billingMonths({ charges, subscriptions, priceBook: data.priceBook, consumption, from: request.from, to: request.to });
    // A portfolio lists the partners with something to bill; a partner's own summary always shows.
    if (!scope && months.every((m) => m.lines.length === 0)) continue;
    const lines = months.flatMap((m) => m.lines);
    result.push({ partnerId: partner.id, partnerName: partner.name, months, totals: totalsByCurrency(lines) });
  }
  onProgress(partners.length, partners.length);
  const lines = result.flatMap((p) => p.months.flatMap((m) => m.lines));
  return {
    from: request.from,
    to: request.to,
    scope,
    partners: result.sort((a, b) => a.partnerName.localeCompare(b.partnerName)),
    totals: totalsByCurrency(lines),
    pending: lines.filter((l) => l.amount === null).length,
  };
}
