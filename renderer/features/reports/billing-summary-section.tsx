import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { BillingReportLine } from '@core/reports';
import type { BillingReport } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';
import { formatMoney } from '../../ui/money';
import { MonthField } from '../../ui/month-field';
import { formatMonth } from '../quotas/quota-text';
import { ExportActions } from './export-actions';
import { totalText } from './report-figures';

type Props = { report: BillingReport; range: { from: string; to: string }; onRange: (from: string, to: string) => void };
import { useReports, WHOLE_TEAM } from './reports-store';

/** M8: every line with the rule behind it; M9 fees whose consumption is missing say so. */
export function BillingSummarySection({ report, range, onRange }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const id = useId();
  const title = t('reports.billing.title');
  const team = useReports((s) => s.partnerId === WHOLE_TEAM);
  const scopeName = report.scope?.partnerName ?? t(team ? 'reports.team' : 'reports.portfolio');
  const period = report.from === report.to ? formatMonth(report.from, lng) : `${formatMonth(report.from, lng)} – ${formatMonth(report.to, lng)}`;
  const money = (amount: number, currency: string) => formatMoney(amount, currency, lng);
  const unknown = (lines: readonly BillingReportLine[]) => lines.filter((l) => l.amount === null).length;

  const note = (l: BillingReportLine) => {
    if (l.kind !== 'incremental-fee') return '';
    const month = formatMonth(l.forMonth ?? '', lng);
    return l.consumption === null || l.consumption === undefined
      ? t('reports.billing.incrementalForUnknown', { month })
      : t('reports.billing.incrementalFor', { month, amount: money(l.consumption, l.currency) });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="card report-section" data-report="billing">
      <header className="report-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="print-only">
          {scopeName} · {period}
        </p>
        <span className="no-print">
          <label htmlFor={`${id}-from`}>{t('reports.from')}</label>{' '}
          <MonthField id={`${id}-from`} value={range.from} required onChange={(m) => m && onRange(m, range.to)} />
        </span>
        <span className="no-print">
          <label htmlFor={`${id}-to`}>{t('reports.to')}</label>{' '}
          <MonthField id={`${id}-to`} value={range.to} required onChange={(m) => m && onRange(range.from, m)} />
        </span>
        <ExportActions kind="billing" title={title} fileName={`${title} ${report.from} ${report.to} ${scopeName}`} />
      </header>
      {report.partners.length === 0 ? (
        <p className="empty">{t('reports.billing.empty')}</p>
      ) : (
        <table className="data-table billing-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">{t('reports.export.columns.date')}</th>
              <th scope="col">{t('reports.export.columns.kind')}</th>
              <th scope="col">{t('reports.export.columns.level')}</th>
              <th scope="col">{t('reports.export.columns.rule')}</th>
              <th scope="col" className="amount">
                {t('reports.export.columns.amount')}
              </th>
              <th scope="col">{t('reports.export.columns.note')}</th>
            </tr>
          </thead>
          {report.partners.map((p) => (
            <tbody key={p.partnerId}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={6}>
                  {p.partnerName}
                </th>
              </tr>
              {p.months.flatMap((m) =>
                m.lines.map((l, i) => (
                  <tr key={`${m.month}-${i}`}>
                    <td className="nowrap">{formatDate(l.date, lng)}</td>
                    <td>{t(`catalog.chargeKinds.${l.kind}`)}</td>
                    <td className="nowrap">{l.level ? t(`catalog.levels.${l.level}`) : '—'}</td>
                    <td>{l.rule}</td>
                    <td className={`amount nowrap ${l.amount !== null && l.amount < 0 ? 'refund' : ''}`}>
                      {l.amount === null ? t('reports.billing.notKnown') : money(l.amount, l.currency)}
                    </td>
                    <td>
                      <span className="hint">{note(l)}</span>
                    </td>
                  </tr>
                )),
              )}
              <tr className="total-row">
                <th scope="row" colSpan={4}>
                  {t('reports.billing.partnerTotal', { name: p.partnerName })}
                </th>
                <td className="amount">{totalText(t, p.totals, unknown(p.months.flatMap((m) => m.lines)), lng)}</td>
                <td />
              </tr>
            </tbody>
          ))}
          <tfoot>
            <tr className="total-row">
              <th scope="row" colSpan={4}>
                {t('reports.billing.total')}
              </th>
              <td className="amount" data-testid="billing-total">
                {totalText(t, report.totals, report.pending, lng)}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {report.pending > 0 && <p className="hint">{t('reports.billing.pending', { count: report.pending })}</p>}
    </section>
  );
}
