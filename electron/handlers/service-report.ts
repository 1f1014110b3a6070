import { type ReportCase, serviceReport } from '@core/reports';
import { beijingDateOf, formatInstant, parseInstant } from '@core/time';

import type { ParsedRequestOf, ServiceReportData } from '../ipc/contract';
import { notFound } from '../ipc/refusal';
import type { StoredCase } from '../store/records/cases';
import { calendarOf } from './calendar-of';
import { caseOutcome } from './case-clock';
import { casesOfMonth } from './case-entry';
import type { HandlerContext } from './context';
import { currentSubscription, timelineOf } from './subscription-plans';

/** C2/C3 through the same clock as the SLA board, so the report and the board never disagree. */
const asReportCase = (c: StoredCase, outcome: ReportCase['outcome']): ReportCase => ({
  kind: c.kind,
  openedAt: c.openedAt,
  // Q4: a voided case does not count; a withdrawn one does.
  voided: c.state === 'voided',
  outcome,
  responseMs: c.respondedAt === null ? null : parseInstant(c.respondedAt) - parseInstant(c.openedAt),
});

/** P4: one partner's month, as reports/service-report answers it. */
export async function serviceReportOf(
  { partnerId, month }: ParsedRequestOf<'reports/service-report'>,
  { store, services }: HandlerContext,
): Promise<ServiceReportData> {
  const data = store.read();
  const partner = data.partners.find((p) => p.id === partnerId);
  if (!partner) throw notFound('partner', partnerId);
  const nowMs = services.now().getTime();
  const today = beijingDateOf(nowMs);
  const calendar = calendarOf(data);
  const record = currentSubscription(data, partnerId);
  const cases = await casesOfMonth(store, month, partnerId);
  const report = serviceReport({
    month,
    today,
    subscription: record ? timelineOf(record) : null,
    cases: cases.map((c) => asReportCase(c, caseOutcome(c, calendar, nowMs))),
    packs: data.packs.filter((p) => p.partnerId === partnerId),
    bookings: store
      .collection('bookings')
      .inMemory()
      .filter((b) => b.partnerId === partnerId)
      .map(({ kind, status, start, end, hours, method, title }) => ({ kind, status, start, end, hours, method, title })),
    charges: data.charges
      .filter((c) => c.partnerId === partnerId)
      .map(({ date, kind, amount, currency, level, rule }) => ({ date, kind, amount, currency, level, rule })),
  });
  return { ...report, partnerId, partnerName: partner.name, today, generatedAt: formatInstant(nowMs) };
}
