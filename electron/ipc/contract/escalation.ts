import { z } from 'zod';

import type { ClockStatusKind } from '@core/sla';

import { recordId } from '../../values/fields';
import { channel, type PrefixedChannels } from './channel';

/** A message ready to paste into a mail or a chat, English then Chinese, as main composed it. */
export type EscalationMessage = { text: string; partnerName: string; clockStatus: ClockStatusKind };

export type EscalationDigest = {
  text: string;
  /** T1: the Beijing date the digest is for. */
  today: string;
  breached: number;
  atRisk: number;
};

export const escalationChannels = {
  /** C1-C4, P2, T1: one case's escalation, at main's instant (a case not late says the time left). */
  'escalation/case': channel<EscalationMessage>()(z.object({ caseId: recordId })),
  /** C2: every unanswered case with a guaranteed response time now breached or at risk, grouped by partner. */
  'escalation/digest': channel<EscalationDigest>()(z.object({})),
} satisfies PrefixedChannels<'escalation'>;
