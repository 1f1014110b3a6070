import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaPerformanceRow } from '../../../core/reports';
import type { QuotaSummary } from '../../../electron/ipc/contract';
import { rateText } from './report-figures';


/** C2 / C3: met rate per severity; corrected cases are not guaranteed, pending ones not yet due. */
export function SlaPerformanceTable({ sla }: { sla: QuotaSummary['sla'] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const col = (key: string) => t(`reports.export.columns.${key}`);
  const severity = (row: SlaPerformanceRow) => (row.severity === null ? t('reports.export.basicSeverity') : t(`catalog.severities.${row.severity}`));
  const cells = (row: SlaPerformanceRow) => (
    <>
      <td className="amount">{row.met}</td>
      <td className="amount">{row.missed}</td>
      <td className="amount">{rateText(row.metRateBp, i18n.language)}</td>
      <td className="amount">{row.pending}</td>
      <td className="amount">{row.notGuaranteed}</td>
    </>
  );
  return (
    <>
      <h3 id={`${id}-sla`}>{t('reports.quota.slaTitle')}</h3>
      {sla.rows.length === 0 ? (
        <p className="empty">{t('reports.quota.slaEmpty')}</p>
      ) : (
        <table className="data-table" aria-labelledby={`${id}-sla`}>
          <thead>
            <tr>
              <th scope="col">{col('severity')}</th>
              <th scope="col" className="amount">{col('met')}</th>
              <th scope="col" className="amount">{col('missed')}</th>
              <th scope="col" className="amount">{col('metRate')}</th>
              <th scope="col" className="amount">{col('pending')}</th>
              <th scope="col" className="amount">{col('notGuaranteed')}</th>
            </tr>
          </thead>
          <tbody>
            {sla.rows.map((row) => (
              <tr key={row.severity ?? 'basic'}>
                <th scope="row">{severity(row)}</th>
                {cells(row)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('reports.export.allSeverities')}</th>
              {cells(sla.total)}
            </tr>
          </tfoot>
        </table>
      )}
      <p className="hint">{t('reports.quota.slaNote')}</p>
    </>
  );
}
