// C1-C4: what an escalation says about one case, from core's SLA status at main's instant.
import type { HolidayCalendar } from '@core/calendar';
import type { Level, SeverityId } from '@core/catalog';
import { type SlaStatus, slaStatus } from '@core/sla';
import { beijingDateOf } from '@core/time';

import type { StoredCase } from '../store/records/cases';

export type EscalationFacts = {
  caseId: string;
  partnerId: string;
  partnerName: string;
  customer: string;
  vendorRef: string;
  /** C4: the level in force on the opening date. */
  level: Level;
  /** P2: the severity the clock runs on (C3: the corrected one); null on Basic. */
  severity: SeverityId | null;
  /** C3: the severity the case was opened with, when it was corrected. */
  correctedFrom: SeverityId | null;
  openedAt: string;
  dueAt: string;
  respondedAt: string | null;
  sla: Pick<SlaStatus, 'clockStatus' | 'guaranteed' | 'remainingMs' | 'overdueMs' | 'targetMs' | 'clock'>;
};

/** C1-C3 through core: the level at opening (C4, kept on the case) and main's instant. */
export function escalationFacts(c: StoredCase, partnerName: string, calendar: HolidayCalendar, now: string): EscalationFacts {
  const opened = beijingDateOf(c.openedAt);
  const status = slaStatus({
    // C4: the case keeps the level stored when it was logged, whatever the plan did later.
    subscription: { start: opened, billing: 'monthly', levels: [{ from: opened, level: c.level }] },
    calendar,
    openedAt: c.openedAt,
    ...(c.severity ? { severity: c.severity } : {}),
    correctedSeverity: c.correctedSeverity,
    respondedAt: c.respondedAt,
    now,
  });
  // The stored level always offers the stored severity (both were checked at entry, P2).
  if (!status.ok) throw new Error(`Case ${c.id} has no SLA clock: ${status.error.message}`);
  const corrected = c.correctedSeverity !== null && c.correctedSeverity !== c.severity;
  return {
    caseId: c.id,
    partnerId: c.partnerId,
    partnerName,
    customer: c.customer,
    vendorRef: c.vendorRef,
    level: c.level,
    severity: corrected ? c.correctedSeverity : c.severity,
    correctedFrom: corrected ? c.severity : null,
    openedAt: c.openedAt,
    dueAt: status.value.dueAt,
    respondedAt: c.respondedAt,
    sla: status.value,
  };
}
