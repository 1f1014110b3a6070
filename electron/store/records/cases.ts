import { z } from 'zod';

import { instant, recordId, storedInstant } from '../../values/fields';
import { caseCategory, caseKind, caseState, level, severity } from '../../values/ids';

/** A case as its day file keeps it. */
export const caseRecord = z.object({
  id: recordId,
  partnerId: recordId,
  customer: z.string().trim().max(120),
  kind: caseKind,
  category: caseCategory,
  /** P2: null on Basic, which has no severities. */
  severity: severity.nullable(),
  openedAt: storedInstant,
  /** C4: the level in force on the opening date, and the due instant it gives (C1). */
  level,
  dueAt: storedInstant,
  vendorRef: z.string().trim().max(60),
  notes: z.string().trim().max(4000),
  state: caseState,
  respondedAt: storedInstant.nullable(),
  respondedBy: z.string().trim().max(120),
  /** C3: a corrected severity; the case's response time is then not guaranteed. */
  correctedSeverity: severity.nullable(),
  /** `by`: the manager whose desk wrote the entry, when it came from another desk through team sync. */
  history: z.array(
    z.object({
      at: instant,
      action: z.string().max(40),
      reason: z.string().max(500),
      detail: z.string().max(200).optional(),
      by: z.string().max(40).optional(),
    }),
  ),
  /** C2: the states a desktop alert was shown for, so each is shown at most once. */
  alerted: z
    .array(z.enum(['at-risk', 'breached']))
    .max(2)
    .default([]),
});

export type StoredCase = z.infer<typeof caseRecord>;
