import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { QuotaRow, QuotaSummary } from '@main/ipc/contract';

import { MonthField } from '../../ui/month-field';
import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { consultingText, formatMonth, keaText, levelText, statusText, trainingLines } from '../quotas/quota-text';
import { ExportActions } from './export-actions';
import { useReports, WHOLE_TEAM } from './reports-store';
import { SlaPerformanceTable } from './sla-performance-table';

/** Q1-Q3: used of the limit with the month's packs, or why there is no limit. */
function casesText(t: TFunction, row: QuotaRow): string {
  if (row.cases.status !== 'counted') return statusText(t, row.cases);
  const { used, limit, packs } = row.cases.usage;
  const ratio = t('reports.quota.ratio', { used, limit: limit ?? 0 });
  return packs.length > 0 ? `${ratio} (${t('reports.quota.packs', { count: packs.length })})` : ratio;
}

export function QuotaSummarySection({ summary, onMonth }: { summary: QuotaSummary; onMonth: (month: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const title = t('reports.quota.title');
  const team = useReports((s) => s.partnerId === WHOLE_TEAM);
  const scopeName = summary.scope?.partnerName ?? t(team ? 'reports.team' : 'reports.portfolio');
  const columns: SimpleColumn<QuotaRow>[] = [
    { id: 'partner', header: t('quotas.columns.partner'), rowHeader: true, cell: (row) => row.partnerName },
    { id: 'level', header: t('quotas.columns.level'), cell: (row) => levelText(t, row) },
    { id: 'cases', header: t('quotas.columns.cases'), cellClassName: 'nowrap', cell: (row) => casesText(t, row) },
    { id: 'kea', header: t('quotas.columns.kea'), cell: (row) => keaText(t, row) },
    { id: 'consulting', header: t('quotas.columns.consulting'), cell: (row) => consultingText(t, row) },
    { id: 'trainings', header: t('quotas.columns.trainings'), cell: (row) => trainingLines(t, row).join('; ') },
  ];
  return (
    <section aria-labelledby={`${id}-title`} className="card report-section" data-report="quota">
      <header className="report-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="print-only">
          {scopeName} · {formatMonth(summary.month, i18n.language)}
        </p>
        <span className="no-print">
          <label htmlFor={`${id}-month`}>{t('reports.month')}</label>{' '}
          <MonthField id={`${id}-month`} value={summary.month} required onChange={(m) => m && onMonth(m)} />
        </span>
        <ExportActions kind="quota" title={title} fileName={`${title} ${summary.month} ${scopeName}`} />
      </header>
      <SimpleTable columns={columns} rows={summary.rows} getRowKey={(row) => row.partnerId} label={title} empty={t('reports.quota.empty')} />
      <SlaPerformanceTable sla={summary.sla} />
    </section>
  );
}
