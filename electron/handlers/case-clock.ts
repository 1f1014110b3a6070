import type { HolidayCalendar } from '@core/calendar';
import type { SlaOutcome } from '@core/reports';
import { clockStatusAt, type SlaMilestones, slaMilestones, type SlaStatus, slaStatus } from '@core/sla';
import type { Subscription } from '@core/subscription';
import { beijingDateOf, parseInstant } from '@core/time';

import type { StoredCase } from '../store/records/cases';

/**
 * C4: a case keeps the level that was in force on its opening date, stored when it was logged,
 * so its clock does not move when the partner's plan changes later.
 */
const levelAtOpening = (c: StoredCase): Subscription => {
  const opened = beijingDateOf(c.openedAt);
  return { start: opened, billing: 'monthly', levels: [{ from: opened, level: c.level }] };
};

/** C1-C3: the instants at which a stored case's clock changes state. */
export function caseMilestones(c: StoredCase, calendar: HolidayCalendar): SlaMilestones {
  const milestones = slaMilestones({
    subscription: levelAtOpening(c),
    calendar,
    openedAt: c.openedAt,
    ...(c.severity ? { severity: c.severity } : {}),
    correctedSeverity: c.correctedSeverity,
  });
  // The stored level always offers the stored severity (both were checked at entry, P2).
  if (!milestones.ok) throw new Error(`Case ${c.id} has no SLA clock: ${milestones.error.message}`);
  return milestones.value;
}

/** C1-C3: a stored case's status against its target at `now` (its clock, time left or overdue). */
export function caseSlaStatus(c: StoredCase, calendar: HolidayCalendar, now: string): SlaStatus {
  const status = slaStatus({
    subscription: levelAtOpening(c),
    calendar,
    openedAt: c.openedAt,
    ...(c.severity ? { severity: c.severity } : {}),
    correctedSeverity: c.correctedSeverity,
    respondedAt: c.respondedAt,
    now,
  });
  // The stored level always offers the stored severity (both were checked at entry, P2).
  if (!status.ok) throw new Error(`Case ${c.id} has no SLA clock: ${status.error.message}`);
  return status.value;
}

/** C2/C3: how a stored case stands against its target at `nowMs`, for reports' met rates. */
export function caseOutcome(c: StoredCase, calendar: HolidayCalendar, nowMs: number): SlaOutcome {
  const m = caseMilestones(c, calendar);
  return { severity: c.severity, guaranteed: m.guaranteed, clockStatus: clockStatusAt(m, nowMs, c.respondedAt ? parseInstant(c.respondedAt) : null) };
}
