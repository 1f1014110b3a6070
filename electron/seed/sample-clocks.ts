import { type SeverityId, severityIds } from '@core/catalog';
import { clockStatusAt, type ClockStatusKind } from '@core/sla';
import { levelOn } from '@core/subscription';
import { beijingDateOf, formatInstant, MINUTE_MS, parseInstant } from '@core/time';

import { calendarOf } from '../handlers/calendar-of';
import { caseMilestones } from '../handlers/case-clock';
import { caseMonthOf, newCaseRecord } from '../handlers/case-entry';
import { partnerTimeline, timelineOf } from '../handlers/subscription-plans';
import type { DeskData } from '../store/desk-data';
import type { StoredCase } from '../store/records/cases';

/** The clocks the sample shows ticking when it is loaded: what a manager chases on a normal day. */
const WANTED: readonly Extract<ClockStatusKind, 'running' | 'at-risk' | 'breached'>[] = ['running', 'at-risk', 'breached', 'running', 'breached'];

// How long ago a candidate case opened: every 2 minutes for the first hour, then every quarter hour for three days.
const OFFSETS_MIN = [...Array.from({ length: 30 }, (_, i) => 2 + i * 2), ...Array.from({ length: 288 }, (_, i) => 75 + i * 15)];

/**
 * A few cases still waiting for their first response, opened just long enough ago that at
 * `nowMs` one clock is running, one at risk and one breached (C1, C2). Each is checked and built
 * by the same code as cases/open; a candidate its plan refuses (quota, severity) is passed over.
 */
export function liveClockCases(desk: DeskData, cases: readonly StoredCase[], nowMs: number, idPrefix: string): StoredCase[] {
  const today = beijingDateOf(nowMs);
  const partners = desk.subscriptions.filter((s) => {
    const level = levelOn(timelineOf(s), today);
    return level === 'premier' || level === 'standard';
  });
  const out: StoredCase[] = [];
  WANTED.forEach((wanted, i) => {
    const record = partners[i % Math.max(1, partners.length)];
    if (!record) return;
    const partner = desk.partners.find((p) => p.id === record.partnerId);
    const found = findCase({ desk, cases: [...cases, ...out], partnerId: record.partnerId, nowMs, wanted, id: `${idPrefix}case-live-${i + 1}` });
    if (found && partner) out.push({ ...found, customer: `${partner.name.split(' ')[0]} customer ${i + 1}`, vendorRef: `VR-LIVE-${i + 1}` });
  });
  return out;
}

function findCase(input: {
  desk: DeskData;
  cases: readonly StoredCase[];
  partnerId: string;
  nowMs: number;
  wanted: ClockStatusKind;
  id: string;
}): StoredCase | null {
  // Urgent severities reach at risk and breached within minutes; calm ones keep running.
  const order: readonly SeverityId[] = input.wanted === 'running' ? [...severityIds].reverse() : severityIds;
  for (const severity of order) {
    for (const minutes of OFFSETS_MIN) {
      const openedAt = formatInstant(input.nowMs - minutes * MINUTE_MS);
      const month = caseMonthOf(openedAt);
      const monthCases = input.cases.filter((c) => c.partnerId === input.partnerId && caseMonthOf(c.openedAt) === month);
      const request = { partnerId: input.partnerId, kind: 'technical' as const, category: 'product-error-or-fault' as const, severity, openedAt };
      const built = newCaseRecord({
        data: input.desk,
        subscription: partnerTimeline(input.desk, input.partnerId),
        monthCases,
        request,
        id: input.id,
        now: openedAt,
      });
      if (!built.ok) break;
      const m = caseMilestones(built.value, calendarOf(input.desk));
      if (m.guaranteed && clockStatusAt({ atRiskMs: m.atRiskMs, dueMs: parseInstant(m.dueAt) }, input.nowMs, null) === input.wanted) return built.value;
    }
  }
  return null;
}
