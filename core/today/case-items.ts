// C1-C4: the cases that need an answer today, from their clocks.
import { clockStatusAt } from '../sla';
import { addDays, beijingDateOf, beijingMidnight } from '../time';
import type { TodayCase, TodayItem } from './today-types';

/**
 * The end of the working day at `nowMs`. The rules give a working day no hours of its own (T5
 * counts working time 00:00-24:00 Beijing; P4's 09:00-17:00 are the TAM's hours, not the
 * clock's), so the day ends at the next Beijing midnight. Standard and Premier clocks run 24/7
 * (C1), so this is the same on a weekend.
 */
export function endOfBeijingDay(nowMs: number): number {
  return beijingMidnight(addDays(beijingDateOf(nowMs), 1));
}

/**
 * C2: breached and at-risk now, and the ones still running that will breach before the day ends.
 * Only unanswered cases with a guaranteed clock are given (C3: a corrected case is not chased).
 */
export function caseItems(cases: readonly TodayCase[], nowMs: number, partnerName: (id: string) => string): TodayItem[] {
  const dayEnd = endOfBeijingDay(nowMs);
  const items: TodayItem[] = [];
  for (const c of cases) {
    const status = clockStatusAt(c, nowMs, null);
    // A due time exactly at midnight still breaches only after it (C2: now > due), so tomorrow.
    const kind = status === 'breached' ? 'case-breached' : status === 'at-risk' ? 'case-at-risk' : c.dueMs < dayEnd ? 'case-due-today' : null;
    if (kind === null) continue;
    items.push({
      kind,
      id: `${kind}:${c.id}`,
      rule: 'C2',
      urgency: kind === 'case-due-today' ? 'today' : 'now',
      when: c.dueAt,
      target: { to: 'case', caseId: c.id, partnerId: c.partnerId },
      partnerId: c.partnerId,
      partnerName: partnerName(c.partnerId),
      caseId: c.id,
      customer: c.customer,
      vendorRef: c.vendorRef,
      severity: c.severity,
      dueAt: c.dueAt,
    });
  }
  return items;
}
