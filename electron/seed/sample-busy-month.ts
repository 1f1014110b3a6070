// Q1: the sample shows one Standard partner whose month's technical cases are near the limit,
// so the quota warning (and Today's "quota near its end") has something to show on any day.
import { applyCaseAction } from '@core/cases';
import { countsTowardQuota, monthUsage } from '@core/quota';
import { levelOn } from '@core/subscription';
import { beijingDateOf, formatInstant, HOUR_MS, monthOf, parseInstant } from '@core/time';

import { caseMonthOf, newCaseRecord } from '../handlers/case-entry';
import { timelineOf } from '../handlers/subscription-plans';
import type { DeskData } from '../store/desk-data';
import type { StoredCase } from '../store/records/cases';

/** Q1: the share of the month's limit the busy partner reaches, in % (the Today notice starts at 80). */
const BUSY_PERCENT = 85;

/** Answered within an hour and closed an hour later, through core's lifecycle (C2), as cases/update keeps it. */
function answered(record: StoredCase, nowMs: number): StoredCase {
  let current = record;
  const openedMs = parseInstant(record.openedAt);
  for (const [change, atMs] of [
    [{ action: 'respond', respondedAt: formatInstant(openedMs + HOUR_MS / 2), respondedBy: 'Chen Jing' }, openedMs + HOUR_MS / 2],
    [{ action: 'close', reason: '' }, openedMs + (3 * HOUR_MS) / 2],
  ] as const) {
    if (atMs > nowMs) break;
    const at = formatInstant(atMs);
    const applied = applyCaseAction(current, change, at);
    if (!applied.ok) break;
    const { detail, ...fields } = applied.value;
    const reason = 'reason' in change ? change.reason : change.respondedBy;
    current = { ...current, ...fields, history: [...current.history, { at, action: change.action, reason, ...(detail ? { detail } : {}) }] };
  }
  return current;
}

/**
 * Extra technical cases this month for the busiest partner on Standard today, answered and
 * closed, up to BUSY_PERCENT of its limit (nothing when a partner is already past 80 %). Each is
 * checked and built by the same code as cases/open; one its plan refuses is passed over.
 */
export function busyMonthCases(desk: DeskData, cases: readonly StoredCase[], nowMs: number, idPrefix: string): StoredCase[] {
  const today = beijingDateOf(nowMs);
  const month = monthOf(today);
  const monthStartMs = parseInstant(`${month}-01T00:00:00+08:00`);
  // Opened between the month's start and two hours ago, so each is answered and closed by now.
  const lastMs = nowMs - 2 * HOUR_MS;
  if (lastMs <= monthStartMs) return [];
  const standing = desk.subscriptions
    .filter((s) => levelOn(timelineOf(s), today) === 'standard' && levelOn(timelineOf(s), `${month}-01`) === 'standard')
    .map((record) => {
      const subscription = timelineOf(record);
      const monthCases = cases.filter((c) => c.partnerId === record.partnerId && caseMonthOf(c.openedAt) === month);
      const usage = monthUsage({ subscription, cases: monthCases, packs: desk.packs.filter((p) => p.partnerId === record.partnerId), month, asOf: today });
      return { record, monthCases, usage, counted: monthCases.filter((c) => countsTowardQuota(subscription, c, month)).length };
    })
    .sort((a, b) => b.counted - a.counted);
  const busiest = standing[0];
  if (!busiest || busiest.usage.limit === null || standing.some((s) => s.usage.limit !== null && s.usage.used * 100 >= s.usage.limit * 80)) return [];
  const wanted = Math.ceil((busiest.usage.limit * BUSY_PERCENT) / 100) - busiest.usage.used;
  const out: StoredCase[] = [];
  for (let i = 0; i < wanted; i++) {
    const openedAt = formatInstant(monthStartMs + Math.floor(((lastMs - monthStartMs) * (i + 1)) / (wanted + 1)));
    const built = newCaseRecord({
      data: desk,
      subscription: timelineOf(busiest.record),
      monthCases: [...busiest.monthCases, ...out],
      request: { partnerId: busiest.record.partnerId, kind: 'technical', category: 'product-error-or-fault', severity: 'general-guidance', openedAt },
      id: `${idPrefix}case-busy-${i + 1}`,
      now: openedAt,
    });
    if (built.ok) out.push(answered({ ...built.value, customer: 'Busy month customer', vendorRef: `VR-BUSY-${i + 1}` }, nowMs));
  }
  return out;
}
