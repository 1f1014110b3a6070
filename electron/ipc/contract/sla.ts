import { z } from 'zod';

import type { Level, SeverityId } from '@core/catalog';
import type { SlaClock } from '@core/sla';

import type { CaseRecordStored } from './cases';
import { channel, type PrefixedChannels } from './channel';

/**
 * One case on the SLA clocks board, with the instants at which its clock changes state (C2),
 * computed once in main so the screen only compares numbers on each tick.
 */
export type SlaRow = {
  id: string;
  partnerId: string;
  partnerName: string;
  customer: string;
  kind: CaseRecordStored['kind'];
  category: CaseRecordStored['category'];
  level: Level;
  /** P2: the severity the case was opened with (null on Basic). */
  severity: SeverityId | null;
  /** C3: the corrected severity; the clock is then for information only. */
  correctedSeverity: SeverityId | null;
  guaranteed: boolean;
  clock: SlaClock;
  vendorRef: string;
  openedAt: string;
  atRiskAt: string;
  /** C1 (C3: recomputed from the corrected severity). */
  dueAt: string;
  respondedAt: string | null;
};

export type SlaAlert = { caseId: string; status: 'at-risk' | 'breached'; partnerName: string; customer: string; severity: SeverityId | null; dueAt: string };

export const slaChannels = {
  /** Every case still being worked on (open or answered, not closed, withdrawn or voided). */
  'sla/board': channel<SlaRow[]>()(z.object({})),
  /**
   * C2: the cases that became at risk or breached since they were last alerted, as of main's
   * clock; each case and state is answered once, ever (kept on the case).
   */
  'sla/alerts': channel<SlaAlert[]>()(z.object({})),
} satisfies PrefixedChannels<'sla'>;
