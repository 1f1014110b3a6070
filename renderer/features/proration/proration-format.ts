// Words and numbers of a quote, shared by the screen and the copied text so both say the same.
import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';

import { levels } from '@core/catalog';
import type { en } from '@locales/en';

import { formatDate, formatDatesIn, formatPeriod } from '../../ui/dates';
import { formatMoney } from '../../ui/money';
import type { FieldProblem } from './adhoc-check';
import type { Outcome, Scenario, Target } from './proration-types';

export type Formats = { t: TFunction; language: string; currency: string };

export const formatDay = formatDate;
export const formatMonth = (date: string, language: string): string =>
  DateTime.fromISO(date).setLocale(language).toLocaleString({ year: 'numeric', month: 'long' });
export const money = (f: Formats, minor: number): string => formatMoney(minor, f.currency, f.language);

/** [start, end) shown as the days a manager would say: "Jan 1, 2026 – Dec 31, 2026". */
export const dayRange = (f: Formats, start: string, end: string): string => formatPeriod({ start, end }, f.language);

export const problemSentence = (t: TFunction, problem: FieldProblem, language: string): string =>
  t(`proration.problems.${problem.key as keyof typeof en.proration.problems}`, formatDatesIn(problem.data, language));

export { warningSentence } from '../../ui/error-sentence';

export const levelName = (t: TFunction, level: Target): string => (level === null ? t('catalog.noLevel') : t(`catalog.levels.${level}`));

/** "Upgrade to Premier", "Downgrade to Basic", "Unsubscribe". */
export function optionLabel(t: TFunction, from: Target, target: Target): string {
  if (target === null) return t('catalog.changeKinds.unsubscribe');
  if (target === from) return t('proration.options.stay', { level: levelName(t, target) });
  const kind = from !== null && levels.indexOf(target) < levels.indexOf(from) ? 'downgrade' : 'upgrade';
  return t(`proration.options.${kind}`, { level: levelName(t, target) });
}

/** M5/M6: what the net means for the partner. */
export function netSentence(f: Formats, outcome: Extract<Outcome, { ok: true }>): string {
  const { quote } = outcome;
  if (quote.net > 0) return f.t('proration.breakdown.charged', { amount: money(f, quote.charge) });
  if (quote.net < 0) return f.t('proration.breakdown.refunded', { amount: money(f, quote.refund) });
  return f.t('proration.breakdown.nothing');
}

export type BreakdownRow = { readonly key: string; readonly label: string; readonly formula: string; readonly value: string };

/** M3-M6, each number with how it is worked out. */
export function breakdownRows(f: Formats, scenario: Scenario, outcome: Extract<Outcome, { ok: true }>): BreakdownRow[] {
  const { t } = f;
  const q = outcome.quote;
  const days = (count: number) => t('proration.breakdown.days', { count });
  const rows: BreakdownRow[] = [
    {
      key: 'periodDays',
      label: t('proration.breakdown.periodDays'),
      formula: dayRange(f, scenario.periodStart, scenario.periodEnd),
      value: days(q.periodDays),
    },
    {
      key: 'segmentDays',
      label: t('proration.breakdown.segmentDays'),
      formula: dayRange(f, scenario.segmentStart, scenario.periodEnd),
      value: days(q.segmentDays),
    },
    {
      key: 'remainingDays',
      label: t('proration.breakdown.remainingDays'),
      formula: dayRange(f, scenario.on, scenario.periodEnd),
      value: t('proration.breakdown.remainingOf', { remaining: q.remainingDays, total: q.periodDays }),
    },
    {
      key: 'oldSurplus',
      label: t('proration.breakdown.oldSurplus'),
      formula: t('proration.breakdown.oldSurplusFormula', { paid: money(f, scenario.segmentPaid), remaining: q.remainingDays, segmentDays: q.segmentDays }),
      value: money(f, q.oldSurplus),
    },
  ];
  if (outcome.kind === 'unsubscribe') {
    rows.push({ key: 'refund', label: t('proration.breakdown.refund'), formula: t('proration.breakdown.refundFormula'), value: money(f, q.refund) });
    return rows;
  }
  rows.push(
    {
      key: 'newRemaining',
      label: t('proration.breakdown.newRemaining', { level: levelName(t, outcome.target) }),
      formula: t('proration.breakdown.newRemainingFormula', { fee: money(f, outcome.newPeriodFee ?? 0), remaining: q.remainingDays, periodDays: q.periodDays }),
      value: money(f, q.newRemaining),
    },
    {
      key: 'net',
      label: t('proration.breakdown.net'),
      formula: t('proration.breakdown.netFormula', { newRemaining: money(f, q.newRemaining), oldSurplus: money(f, q.oldSurplus) }),
      value: money(f, q.net),
    },
  );
  return rows;
}

/** M6: the incremental fee of the month is settled later and not known yet. */
export function pendingSentence(f: Formats, outcome: Extract<Outcome, { ok: true }>): string | null {
  const pending = outcome.quote.pendingIncremental;
  if (!pending) return null;
  return f.t('proration.breakdown.pending', { month: formatMonth(`${pending.month}-01`, f.language), settlesOn: formatDay(pending.settlesOn, f.language) });
}
