import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { SeverityReportRow } from '@core/reports';
import type { en } from '@locales/en';
import type { ServiceReportData } from '@main/ipc/contract';

import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { formatMinutes, formatRate } from './report-format';
import { ResponseChart } from './response-chart';

/** A severity's row, or the total row under them (all cases). */
type Line = { row: SeverityReportRow; total: boolean };

/** C2/C3: cases by severity against their response targets, as a table and a chart. */
export function SeveritySection({ report }: { report: ServiceReportData }) {
  const { t, i18n } = useTranslation();
  const severityName = (row: SeverityReportRow) => (row.severity ? t(`catalog.severities.${row.severity}`) : t('serviceReport.response.basic'));
  // T5: Basic's target is 1 working day, not a number of wall-clock minutes.
  // The total has no target (targets differ between severities); its severity is null too.
  const target = (row: SeverityReportRow, total: boolean) =>
    row.targetMinutes !== null ? formatMinutes(t, row.targetMinutes) : !total && row.severity === null ? t('serviceReport.response.workingDay') : '—';
  const figure = (id: keyof typeof en.serviceReport.response.columns, value: (row: SeverityReportRow) => ReactNode): SimpleColumn<Line> => ({
    id,
    header: t(`serviceReport.response.columns.${id}`),
    className: 'num',
    cell: (l) => value(l.row),
  });
  const columns: SimpleColumn<Line>[] = [
    {
      id: 'severity',
      header: t('serviceReport.response.severity'),
      rowHeader: true,
      cell: (l) => (l.total ? t('serviceReport.response.total') : severityName(l.row)),
    },
    { id: 'target', header: t('serviceReport.response.columns.target'), className: 'num', cell: (l) => target(l.row, l.total) },
    figure('count', (r) => r.count),
    figure('met', (r) => r.met),
    figure('missed', (r) => r.missed),
    figure('pending', (r) => r.pending),
    figure('notGuaranteed', (r) => r.notGuaranteed),
    figure('metRate', (r) => formatRate(r.metRateBp, i18n.language)),
    figure('median', (r) => formatMinutes(t, r.medianMinutes)),
    figure('longest', (r) => formatMinutes(t, r.longestMinutes)),
  ];
  return (
    <section aria-labelledby="report-response-title" className="report-section">
      <h2 id="report-response-title">{t('serviceReport.response.title')}</h2>
      {report.severities.length === 0 ? (
        <p className="empty">{t('serviceReport.response.none')}</p>
      ) : (
        <>
          <SimpleTable
            columns={columns}
            rows={report.severities.map((row) => ({ row, total: false }))}
            footer={[{ row: report.total, total: true }]}
            getRowKey={(l) => (l.total ? 'total' : (l.row.severity ?? 'basic'))}
            labelledBy="report-response-title"
            className="report-table"
          />
          <ResponseChart rows={report.severities} />
        </>
      )}
      <p className="hint">{t('serviceReport.response.note')}</p>
    </section>
  );
}
