// The Reports view's summaries as export tables (CSV sections, XLSX sheets), in the user's language.
import type { TFunction as Labels } from 'i18next';

import { minorDigits } from '@core/money';
import type { SlaPerformanceRow } from '@core/reports';
import type { en } from '@locales/en';

import type { BillingReport, QuotaRow, QuotaSummary } from '../ipc/contract';
import type { Sheet, SheetCell, SheetColumn } from './sheet';

/** M1: minor units as decimal major units; dividing an integer by a power of ten is exact to display. */
const majorUnits = (minor: number, currency: string): number => minor / 10 ** minorDigits(currency);

type ColumnKey = keyof typeof en.reports.export.columns;
type QuotaStatus = keyof typeof en.quotas.status;

const col = (t: Labels, key: ColumnKey, kind: SheetColumn['kind'] = 'text'): SheetColumn => ({ header: t(`reports.export.columns.${key}`), kind });
const level = (t: Labels, row: QuotaRow): string => (row.level === null ? t('quotas.noPlan') : t(`catalog.levels.${row.level}`));
const status = (t: Labels, s: { status: QuotaStatus }): string => t(`quotas.status.${s.status}`);

/** Q1-Q5, B1-B3: one row per partner; an allowance without numbers says why in its first cell. */
function quotaRow(t: Labels, r: QuotaRow): SheetCell[] {
  const cases =
    r.cases.status === 'counted' ? [r.cases.usage.used, r.cases.usage.limit, r.cases.usage.packs.length, null] : [null, null, null, status(t, r.cases)];
  const balance = (q: QuotaRow['kea'] | QuotaRow['consulting']) => (q.status === 'counted' ? [q.used, q.left] : [status(t, q), null]);
  const trainings = r.trainings.status === 'counted' ? [r.trainings.organizedThisMonth, r.trainings.thisServiceYear] : [status(t, r.trainings), null];
  return [r.partnerName, level(t, r), ...cases, ...balance(r.kea), ...balance(r.consulting), ...trainings];
}

const severityText = (t: Labels, row: SlaPerformanceRow) =>
  row.severity === null ? t('reports.export.basicSeverity') : t(`catalog.severities.${row.severity}`);
const rate = (bp: number | null) => (bp === null ? null : bp / 100);
const slaRow = (name: string, r: SlaPerformanceRow): SheetCell[] => [name, r.met, r.missed, r.pending, r.notGuaranteed, rate(r.metRateBp)];

export function quotaSheets(summary: QuotaSummary, t: Labels): Sheet[] {
  const quota: Sheet = {
    name: `${t('reports.export.sheets.quota')} ${summary.month}`,
    columns: [
      col(t, 'partner'),
      col(t, 'level'),
      col(t, 'casesUsed', 'count'),
      col(t, 'casesLimit', 'count'),
      col(t, 'packs', 'count'),
      col(t, 'casesNote'),
      col(t, 'keaUsed', 'count'),
      col(t, 'keaLeft', 'count'),
      col(t, 'consultingUsed', 'count'),
      col(t, 'consultingLeft', 'count'),
      col(t, 'trainingsMonth', 'count'),
      col(t, 'trainingsYear', 'count'),
    ],
    rows: summary.rows.map((r) => quotaRow(t, r)),
  };
  const sla: Sheet = {
    name: `${t('reports.export.sheets.sla')} ${summary.month}`,
    columns: [
      col(t, 'severity'),
      col(t, 'met', 'count'),
      col(t, 'missed', 'count'),
      col(t, 'pending', 'count'),
      col(t, 'notGuaranteed', 'count'),
      col(t, 'metRate', 'percent'),
    ],
    rows: [...summary.sla.rows.map((r) => slaRow(severityText(t, r), r)), slaRow(t('reports.export.allSeverities'), summary.sla.total)],
  };
  return [quota, sla];
}

/** A text made once per key: a year's export has the same few labels on thousands of rows. */
function once(): (key: string, make: () => string) => string {
  const made = new Map<string, string>();
  return (key, make) => {
    let text = made.get(key);
    if (text === undefined) made.set(key, (text = make()));
    return text;
  };
}

/** M8: every line with the rule behind it, then the totals per partner and currency. */
export function billingSheets(report: BillingReport, t: Labels): Sheet[] {
  const label = once();
  // The sentence of each incremental fee, made once with markers and filled in for each line.
  const [MONTH, AMOUNT] = ['\u0000month\u0000', '\u0000amount\u0000'];
  const sentence = t('reports.billing.incrementalFor', { month: MONTH, amount: AMOUNT });
  const incrementalFor = (month: string, amount: string) => sentence.replace(MONTH, () => month).replace(AMOUNT, () => amount);
  const rows: SheetCell[][] = [];
  for (const p of report.partners) {
    for (const m of p.months) {
      for (const l of m.lines) {
        const { level } = l;
        const month = l.forMonth ?? '';
        const note =
          l.kind !== 'incremental-fee'
            ? null
            : l.consumption === null || l.consumption === undefined
              ? label(`unknown ${month}`, () => `${t('reports.billing.notKnown')}: ${t('reports.billing.incrementalForUnknown', { month })}`)
              : incrementalFor(month, `${majorUnits(l.consumption, l.currency)} ${l.currency}`);
        rows.push([
          p.partnerName,
          m.month,
          l.date,
          label(l.kind, () => t(`catalog.chargeKinds.${l.kind}`)),
          level === null ? null : label(level, () => t(`catalog.levels.${level}`)),
          l.rule,
          l.amount === null ? null : majorUnits(l.amount, l.currency),
          l.currency,
          note,
        ]);
      }
    }
  }
  const totals: SheetCell[][] = [
    ...report.partners.flatMap((p) =>
      p.totals.map((x) => [p.partnerName, x.currency, majorUnits(x.amount, x.currency), p.months.reduce((n, m) => n + m.pending, 0)]),
    ),
    ...report.totals.map((x) => [t('reports.export.allPartners'), x.currency, majorUnits(x.amount, x.currency), report.pending]),
  ];
  const period = report.from === report.to ? report.from : `${report.from}–${report.to}`;
  return [
    {
      name: `${t('reports.export.sheets.billing')} ${period}`,
      columns: [
        col(t, 'partner'),
        col(t, 'month'),
        col(t, 'date'),
        col(t, 'kind'),
        col(t, 'level'),
        col(t, 'rule'),
        col(t, 'amount', 'money'),
        col(t, 'currency'),
        col(t, 'note'),
      ],
      rows,
    },
    {
      name: t('reports.export.sheets.totals'),
      columns: [col(t, 'partner'), col(t, 'currency'), col(t, 'amount', 'money'), col(t, 'pendingFees', 'count')],
      rows: totals,
    },
  ];
}
