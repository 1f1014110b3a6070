// The escalation kit: main composes the message (both languages, C1-C3, T1); the page puts it on the clipboard.
import type { TFunction } from 'i18next';

import { call } from '../../api/bridge';

/** Copies one case's escalation; answers the status line's sentence. */
export async function copyEscalation(t: TFunction, caseId: string): Promise<string> {
  const message = await call('escalation/case', { caseId });
  await call('app/copy-text', { text: message.text });
  return t('escalation.copied', { partner: message.partnerName });
}

/** Copies the day's digest of every case breached or at risk; answers the status line's sentence. */
export async function copyDigest(t: TFunction): Promise<string> {
  const digest = await call('escalation/digest', {});
  await call('app/copy-text', { text: digest.text });
  const count = digest.breached + digest.atRisk;
  return count === 0 ? t('escalation.digestNone') : t('escalation.digestCopied', { count });
}
