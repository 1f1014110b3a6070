import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuotaRow, QuotaSummary } from '../../../electron/ipc/contract';
import { consultingText, formatMonth, keaText, levelText, statusText, trainingLines } from '../quotas/quota-text';
import { ExportActions } from './export-actions';
import { SlaPerformanceTable } from './sla-performance-table';

/** Q1-Q3: used of the limit with the month's packs, or why there is no limit. */
function casesText(t: ReturnType<typeof useTranslation>['t'], row: QuotaRow): string {
  if (row.cases.status !== 'counted') return statusText(t, row.cases);
  const { used, limit, packs } = row.cases.usage;
  const ratio = t('reports.quota.ratio', { used, limit: limit ?? 0 });
  return packs.length > 0 ? `${ratio} (${t('reports.quota.packs', { count: packs.length })})` : ratio;
}

export function QuotaSummarySection({ summary, onMonth }: { summary: QuotaSummary; onMonth: (month: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const title = t('reports.quota.title');
  const scopeName = summary.scope?.partnerName ?? t('reports.portfolio');
  return (
    <section aria-labelledby={`${id}-title`} className="card report-section" data-report="quota">
      <header className="report-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="print-only">
          {scopeName} · {formatMonth(summary.month, i18n.language)}
        </p>
        <label className="no-print">
          {t('reports.month')}
          <input type="month" value={summary.month} required onChange={(e) => /^\d{4}-\d{2}$/.test(e.target.value) && onMonth(e.target.value)} />
        </label>
        <ExportActions kind="quota" title={title} fileName={`${title} ${summary.month} ${scopeName}`} />
      </header>
      {summary.rows.length === 0 ? (
        <p className="empty">{t('reports.quota.empty')}</p>
      ) : (
        <table className="data-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">{t('quotas.columns.partner')}</th>
              <th scope="col">{t('quotas.columns.level')}</th>
              <th scope="col">{t('quotas.columns.cases')}</th>
              <th scope="col">{t('quotas.columns.kea')}</th>
              <th scope="col">{t('quotas.columns.consulting')}</th>
              <th scope="col">{t('quotas.columns.trainings')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.rows.map((row) => (
              <tr key={row.partnerId}>
                <th scope="row">{row.partnerName}</th>
                <td>{levelText(t, row)}</td>
                <td className="nowrap">{casesText(t, row)}</td>
                <td>{keaText(t, row)}</td>
                <td>{consultingText(t, row)}</td>
                <td>{trainingLines(t, row).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SlaPerformanceTable sla={summary.sla} />
    </section>
  );
}
