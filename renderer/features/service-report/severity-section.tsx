import { useTranslation } from 'react-i18next';
import type { SeverityReportRow } from '../../../core/reports';
import type { ServiceReportData } from '../../../electron/ipc/contract';
import { formatMinutes, formatRate } from './report-format';
import { ResponseChart } from './response-chart';

/** C2/C3: cases by severity against their response targets, as a table and a chart. */
export function SeveritySection({ report }: { report: ServiceReportData }) {
  const { t, i18n } = useTranslation();
  const severityName = (row: SeverityReportRow) => (row.severity ? t(`catalog.severities.${row.severity}`) : t('serviceReport.response.basic'));
  // T5: Basic's target is 1 working day, not a number of wall-clock minutes.
  // The total has no target (targets differ between severities); its severity is null too.
  const target = (row: SeverityReportRow, total: boolean) => (row.targetMinutes !== null ? formatMinutes(t, row.targetMinutes) : !total && row.severity === null ? t('serviceReport.response.workingDay') : '—');
  const cells = (row: SeverityReportRow, total = false) => [
    target(row, total),
    row.count,
    row.met,
    row.missed,
    row.pending,
    row.notGuaranteed,
    formatRate(row.metRateBp, i18n.language),
    formatMinutes(t, row.medianMinutes),
    formatMinutes(t, row.longestMinutes),
  ];
  const columns = ['target', 'count', 'met', 'missed', 'pending', 'notGuaranteed', 'metRate', 'median', 'longest'] as const;
  return (
    <section aria-labelledby="report-response-title" className="report-section">
      <h2 id="report-response-title">{t('serviceReport.response.title')}</h2>
      {report.severities.length === 0 ? (
        <p className="empty">{t('serviceReport.response.none')}</p>
      ) : (
        <>
          <table className="data-table report-table" aria-labelledby="report-response-title">
            <thead>
              <tr>
                <th scope="col">{t('serviceReport.response.severity')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col" className="num">
                    {t(`serviceReport.response.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.severities.map((row) => (
                <tr key={row.severity ?? 'basic'}>
                  <th scope="row">{severityName(row)}</th>
                  {cells(row).map((value, i) => (
                    <td key={columns[i]} className="num">
                      {value}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('serviceReport.response.total')}</th>
                {cells(report.total, true).map((value, i) => (
                  <td key={columns[i]} className="num">
                    {value}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
          <ResponseChart rows={report.severities} />
        </>
      )}
      <p className="hint">{t('serviceReport.response.note')}</p>
    </section>
  );
}
