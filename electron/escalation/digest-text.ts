// The day's digest: every case breached or at risk, grouped by partner, English then Chinese (C2, T1).
import type { TFunction } from 'i18next';

import { translatorFor } from '../i18n/translator';
import type { EscalationFacts } from './escalation-facts';
import { MESSAGE_LANGUAGES, spanText, timeText } from './escalation-text';

export type DigestInput = {
  /** T1: the Beijing date the digest is for. */
  today: string;
  /** The cases to list: breached or at risk, in the order they are due. */
  cases: readonly EscalationFacts[];
};

/** Partners A to Z, each with its cases in the order given. */
export function byPartnerName(cases: readonly EscalationFacts[]): [string, EscalationFacts[]][] {
  const groups = new Map<string, EscalationFacts[]>();
  for (const c of cases) groups.set(c.partnerName, [...(groups.get(c.partnerName) ?? []), c]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

function caseLine(t: TFunction, c: EscalationFacts, zone: string): string {
  const breached = c.sla.clockStatus === 'breached';
  return t('escalation.digestText.line', {
    status: t(`escalation.status.${c.sla.clockStatus}`),
    customer: c.customer || '—',
    ref: c.vendorRef || '—',
    severity: c.severity ? t(`catalog.severities.${c.severity}`) : t('escalation.message.severityBasic', { level: t(`catalog.levels.${c.level}`) }),
    due: timeText(t, c.dueAt, zone),
    when: breached
      ? t('escalation.digestText.overdue', { span: spanText(t, c.sla.overdueMs) })
      : t('escalation.digestText.left', { span: spanText(t, c.sla.remainingMs) }),
  });
}

export function digestBlock(t: TFunction, input: DigestInput, zone: string): string {
  const breached = input.cases.filter((c) => c.sla.clockStatus === 'breached').length;
  const title = t('escalation.digestText.title', { date: input.today, breached, atRisk: input.cases.length - breached });
  if (input.cases.length === 0) return `${title}\n${t('escalation.digestText.none')}`;
  const groups = byPartnerName(input.cases).map(([partner, cases]) =>
    [t('escalation.digestText.partner', { partner, count: cases.length }), ...cases.map((c) => caseLine(t, c, zone))].join('\n'),
  );
  return [title, ...groups].join('\n\n');
}

/** The whole digest: English, a separating line, Chinese. */
export function digestMessage(input: DigestInput, zone: string): string {
  return MESSAGE_LANGUAGES.map((language) => digestBlock(translatorFor(language), input, zone)).join('\n\n----\n\n');
}
