// P4: the monthly service report (Premier's "coming soon" item, which the app produces), and on
// request for any partner. Pure: the caller reduces stored cases to outcomes and response times.
import { type Level, planOf } from '../catalog';
import { asOfInMonth, monthUsage } from '../quota';
import { levelOn, levelSpans, sortedChanges, type Subscription } from '../subscription';
import { addDays, beijingDateOf, eachDate, type IsoDate, monthEnd, type MonthKey, monthOf, monthStart, nextMonthStart } from '../time';
import { bookingsReport } from './report-bookings';
import { severityRows } from './response-times';
import type { CaseUsage, PlanChange, ReportCase, ServiceReport, ServiceReportInput } from './service-report-types';

/** S3 / DECISIONS 9: the days in the month on which the level in force changed, from what to what. */
function changesIn(subscription: Subscription, month: MonthKey): PlanChange[] {
  const dates = new Set([subscription.start, ...sortedChanges(subscription).map((c) => c.from)].filter((d) => monthOf(d) === month));
  return [...dates]
    .sort()
    .map((on) => ({ on, from: levelOn(subscription, addDays(on, -1)), to: levelOn(subscription, on) }))
    .filter((c) => c.from !== c.to);
}

/** Q1-Q5: technical and service cases opened, and the Standard quota where the month has one. */
function caseUsage(input: ServiceReportInput, counted: readonly ReportCase[], level: Level | null): CaseUsage {
  const { subscription, month } = input;
  const base = {
    technical: counted.filter((c) => c.kind === 'technical').length,
    service: counted.filter((c) => c.kind === 'service').length,
    voided: input.cases.length - counted.length,
  };
  if (!subscription) return { ...base, quota: { status: 'no-plan' } };
  const usage = monthUsage({
    subscription,
    cases: input.cases.map((c) => ({ openedAt: c.openedAt, kind: c.kind, voided: c.voided })),
    packs: input.packs,
    month,
  });
  // Q5: a month with Standard in force on any day has the full quota; Premier has no limit.
  if (usage.standardInForce) return { ...base, quota: { status: 'counted', usage } };
  return { ...base, quota: { status: level === null ? 'no-plan' : level === 'premier' ? 'unlimited' : 'not-included' } };
}

function perDay(cases: readonly ReportCase[], first: IsoDate, last: IsoDate): ServiceReport['perDay'] {
  const opened = cases.map((c) => ({ kind: c.kind, on: beijingDateOf(c.openedAt) }));
  return eachDate(first, last).map((date) => ({
    date,
    technical: opened.filter((c) => c.on === date && c.kind === 'technical').length,
    service: opened.filter((c) => c.on === date && c.kind === 'service').length,
  }));
}

export function serviceReport(input: ServiceReportInput): ServiceReport {
  const { month, subscription } = input;
  const firstDay = monthStart(month);
  const lastDay = monthEnd(month);
  const asOf = asOfInMonth(month, input.today);
  const level = subscription ? levelOn(subscription, asOf) : null;
  // T1: cases belong to the Beijing month they were opened in; Q4: voided ones are left out.
  const inMonth = input.cases.filter((c) => monthOf(beijingDateOf(c.openedAt)) === month);
  const counted = inMonth.filter((c) => !c.voided);
  const { rows, total } = severityRows(counted);
  return {
    month,
    firstDay,
    lastDay,
    asOf,
    complete: input.today > lastDay,
    level,
    included: level !== null && planOf(level).monthlyServiceReport,
    usage: caseUsage({ ...input, cases: inMonth }, counted, level),
    perDay: perDay(counted, firstDay, lastDay),
    severities: rows,
    total,
    bookings: bookingsReport(input.bookings, firstDay, lastDay),
    levels: subscription ? levelSpans(subscription, firstDay, nextMonthStart(month)) : [],
    changes: subscription ? changesIn(subscription, month) : [],
    charges: input.charges.filter((c) => monthOf(c.date) === month).toSorted((a, b) => a.date.localeCompare(b.date)),
  };
}
