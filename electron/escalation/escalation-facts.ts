// C1-C4: what an escalation says about one case, from core's SLA status at main's instant.
import type { HolidayCalendar } from '@core/calendar';
import type { Level, SeverityId } from '@core/catalog';
import type { SlaStatus } from '@core/sla';

import { caseSlaStatus } from '../handlers/case-clock';
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
  // C4: the clock of the level stored when the case was logged, as the SLA board keeps it.
  const sla = caseSlaStatus(c, calendar, now);
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
    dueAt: sla.dueAt,
    respondedAt: c.respondedAt,
    sla,
  };
}
