// The escalation of one case, ready to paste into a mail or a chat: English, then Chinese (C1-C3, P2, T1).
import type { TFunction } from 'i18next';

import { HOUR_MS, MINUTE_MS } from '@core/time';

import { type ExportLanguage, translatorFor } from '../i18n/translator';
import type { EscalationFacts } from './escalation-facts';
import { bothZones } from './zoned-time';

/** Both languages, English first: the partner's people and the vendor's may read either. */
export const MESSAGE_LANGUAGES: readonly ExportLanguage[] = ['en', 'zh-CN'];

/** "1 h 05 min", "2 d 3 h", "45 min": a time left or overdue, to the minute (rounded up while it runs). */
export function spanText(t: TFunction, ms: number): string {
  const totalMinutes = Math.ceil(ms / MINUTE_MS);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours >= 24) return t('escalation.span.days', { days: Math.floor(hours / 24), hours: hours % 24 });
  if (hours > 0) return t('escalation.span.hours', { hours, minutes: String(minutes).padStart(2, '0') });
  return t('escalation.span.minutes', { minutes });
}

/** T1: Beijing time first (the targets are kept in it), the laptop's zone beside it when it differs. */
export function timeText(t: TFunction, instant: string, zone: string): string {
  const { beijing, local } = bothZones(instant, zone);
  return local ? t('escalation.time.both', { beijing, local: local.text, zone: `${zone}, ${local.offset}` }) : t('escalation.time.beijing', { time: beijing });
}

/** P2: the plan's response target for the case's level and severity, as a duration. */
function targetText(t: TFunction, targetMs: number): string {
  return targetMs % HOUR_MS === 0
    ? t('escalation.target.hours', { count: targetMs / HOUR_MS })
    : t('escalation.target.minutes', { count: targetMs / MINUTE_MS });
}

function severityLine(t: TFunction, facts: EscalationFacts): string {
  const level = t(`catalog.levels.${facts.level}`);
  if (facts.severity === null) return t('escalation.message.severityBasic', { level });
  const severity = t(`catalog.severities.${facts.severity}`);
  if (facts.correctedFrom) return t('escalation.message.severityCorrected', { severity, original: t(`catalog.severities.${facts.correctedFrom}`), level });
  return t('escalation.message.severity', { severity, level });
}

/** C2: how the clock stands: overdue, time left, or answered on time or late. */
function standingLine(t: TFunction, facts: EscalationFacts): string {
  const { clockStatus, overdueMs, remainingMs } = facts.sla;
  if (clockStatus === 'breached') return t('escalation.message.overdue', { span: spanText(t, overdueMs) });
  if (clockStatus === 'met') return t('escalation.message.onTime');
  if (clockStatus === 'missed') return t('escalation.message.late', { span: spanText(t, overdueMs) });
  return t('escalation.message.left', { span: spanText(t, remainingMs) });
}

/** C1 / P2 / T5: what the plan promises for this level and severity. */
function promiseLine(t: TFunction, facts: EscalationFacts): string {
  const level = t(`catalog.levels.${facts.level}`);
  if (facts.sla.clock === 'working-time') return t('escalation.message.promiseBasic', { level });
  return t('escalation.message.promise', { level, target: targetText(t, facts.sla.targetMs) });
}

/** One language's block of the message. */
export function escalationBlock(t: TFunction, facts: EscalationFacts, zone: string): string {
  return [
    t('escalation.message.title', { partner: facts.partnerName, status: t(`escalation.status.${facts.sla.clockStatus}`) }),
    facts.customer && t('escalation.message.customer', { customer: facts.customer }),
    facts.vendorRef && t('escalation.message.vendorRef', { ref: facts.vendorRef }),
    severityLine(t, facts),
    t('escalation.message.opened', { time: timeText(t, facts.openedAt, zone) }),
    t('escalation.message.due', { time: timeText(t, facts.dueAt, zone) }),
    facts.respondedAt && t('escalation.message.responded', { time: timeText(t, facts.respondedAt, zone) }),
    standingLine(t, facts),
    promiseLine(t, facts),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The whole message: English, a blank line, Chinese. */
export function escalationMessage(facts: EscalationFacts, zone: string): string {
  return MESSAGE_LANGUAGES.map((language) => escalationBlock(translatorFor(language), facts, zone)).join('\n\n');
}
