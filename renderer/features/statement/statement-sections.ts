// What the statement says, section by section, in one language: the page and "Copy as text" read the same rows.
import type { TFunction } from 'i18next';

import { addDays } from '@core/time';
import type { PartnerStatement } from '@main/ipc/contract/statement';

import { formatDate, formatPeriod } from '../../ui/dates';
import { formatMoney } from '../../ui/money';
import { consultingText, formatMonth, keaText, statusText, trainingLines } from '../quotas/quota-text';

export type StatementRow = { label: string; value: string };
export type StatementSection = { id: 'plan' | 'cases' | 'year' | 'bookings' | 'charges'; title: string; rows: StatementRow[]; empty?: string; note?: string };

function planSection(t: TFunction, s: PartnerStatement, lng: string): StatementSection {
  const title = t('statement.sections.plan');
  const plan = s.plan;
  if (!plan) return { id: 'plan', title, rows: [], empty: t('statement.plan.none') };
  const rows: StatementRow[] = [
    { label: t('statement.plan.level'), value: plan.level ? t(`catalog.levels.${plan.level}`) : t('catalog.noLevel') },
    { label: t('statement.plan.billing'), value: t(`catalog.billing.${plan.billing}`) },
    { label: t('statement.plan.period'), value: formatPeriod(plan.period, lng) },
  ];
  if (plan.serviceYear) rows.push({ label: t('statement.plan.serviceYear'), value: formatPeriod(plan.serviceYear, lng) });
  // S1: the renewal, flagged once it is within its notice; S5: an unsubscribe leaves none.
  if (plan.nextRenewal) {
    const date = formatDate(plan.nextRenewal, lng);
    rows.push({ label: t('statement.plan.renewal'), value: plan.renewalDue ? t('statement.plan.renewalDue', { date }) : date });
  }
  if (plan.endsOn) rows.push({ label: t('statement.plan.endsOn'), value: formatDate(plan.endsOn, lng) });
  return { id: 'plan', title, rows };
}

/** Q1-Q3: this month's technical cases, with the packs that raise the limit. */
function casesSection(t: TFunction, s: PartnerStatement, lng: string): StatementSection {
  const title = t('statement.sections.cases', { month: formatMonth(s.month, lng) });
  const quota = s.quotas.cases;
  if (quota.status !== 'counted') return { id: 'cases', title, rows: [{ label: t('statement.cases.status'), value: statusText(t, quota) }] };
  const { usage } = quota;
  const packs = (usage.limit ?? usage.included) - usage.included;
  return {
    id: 'cases',
    title,
    rows: [
      { label: t('statement.cases.used'), value: String(usage.used) },
      { label: t('statement.cases.limit'), value: t('statement.cases.limitValue', { limit: usage.limit ?? usage.included, included: usage.included, packs }) },
      { label: t('statement.cases.left'), value: String(usage.remaining ?? 0) },
      ...usage.packs.map((p) => ({
        label: t('statement.cases.pack', { count: p.count, date: formatDate(p.boughtOn, lng) }),
        value: t('statement.cases.packValue', { cases: p.cases, until: formatDate(p.validUntil, lng) }),
      })),
    ],
  };
}

/** B1-B3 / S2: the service year's allowances, used and left. */
function yearSection(t: TFunction, s: PartnerStatement, lng: string): StatementSection {
  const year = s.quotas.serviceYear;
  const title = year ? t('statement.sections.year', { period: formatPeriod(year, lng) }) : t('statement.sections.yearNone');
  return {
    id: 'year',
    title,
    rows: [
      { label: t('statement.year.kea'), value: keaText(t, s.quotas) },
      { label: t('statement.year.consulting'), value: consultingText(t, s.quotas) },
      { label: t('statement.year.trainings'), value: trainingLines(t, s.quotas).join(' · ') },
    ],
  };
}

function bookingsSection(t: TFunction, s: PartnerStatement, lng: string): StatementSection {
  const rows = s.upcoming.map((b) => ({
    label: b.start === b.end ? formatDate(b.start, lng) : t('statement.bookings.days', { from: formatDate(b.start, lng), to: formatDate(b.end, lng) }),
    value: [t(`bookings.kinds.${b.kind}`), b.title].filter(Boolean).join(' · '),
  }));
  return { id: 'bookings', title: t('statement.sections.bookings'), rows, empty: t('statement.bookings.none') };
}

/** M8 / M9: the period's charges so far, as recorded, with the total per currency. */
function chargesSection(t: TFunction, s: PartnerStatement, lng: string): StatementSection | null {
  const charges = s.charges;
  if (!charges) return null;
  // The period shown ends today (later months are not billed yet): its last day is `to`.
  const title = t('statement.sections.charges', { period: formatPeriod({ start: charges.from, end: addDays(charges.to, 1) }, lng) });
  const rows = charges.lines.map((l) => ({
    label: `${formatDate(l.date, lng)} · ${t(`catalog.chargeKinds.${l.kind}`)}`,
    value: l.amount === null ? t('statement.charges.notKnown') : formatMoney(l.amount, l.currency, lng),
  }));
  for (const total of charges.totals) rows.push({ label: t('statement.charges.total'), value: formatMoney(total.amount, total.currency, lng) });
  return {
    id: 'charges',
    title,
    rows,
    empty: t('statement.charges.none'),
    ...(charges.pending > 0 ? { note: t('statement.charges.pending', { count: charges.pending }) } : {}),
  };
}

export function statementSections(t: TFunction, s: PartnerStatement, lng: string): StatementSection[] {
  const charges = chargesSection(t, s, lng);
  return [planSection(t, s, lng), casesSection(t, s, lng), yearSection(t, s, lng), bookingsSection(t, s, lng), ...(charges ? [charges] : [])];
}

/** The statement as plain text, for a mail or a chat: a title, then each section's rows. */
export function statementText(t: TFunction, s: PartnerStatement, lng: string): string {
  const head = [`${t('statement.title')}: ${s.partnerName}`, t('statement.asOf', { date: formatDate(s.today, lng) })];
  const sections = statementSections(t, s, lng).map((section) =>
    [
      section.title,
      ...(section.rows.length === 0 && section.empty ? [`  ${section.empty}`] : section.rows.map((r) => `  ${r.label}: ${r.value}`)),
      ...(section.note ? [`  ${section.note}`] : []),
    ].join('\n'),
  );
  return [head.join('\n'), ...sections, t('statement.source', { month: formatMonth(s.month, lng) })].join('\n\n');
}
