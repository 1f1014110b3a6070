import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { SlaPerformanceRow } from '@core/reports';
import type { en } from '@locales/en';
import type { QuotaSummary } from '@main/ipc/contract';

import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { rateText } from './report-figures';

/** A severity's figures, or all severities' in the total row, with the name its row header shows. */
type Line = { key: string; name: string; figures: SlaPerformanceRow };

/** C2 / C3: met rate per severity; corrected cases are not guaranteed, pending ones not yet due. */
export function SlaPerformanceTable({ sla }: { sla: QuotaSummary['sla'] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const col = (key: keyof typeof en.reports.export.columns): string => t(`reports.export.columns.${key}`);
  const name = (row: SlaPerformanceRow) => (row.severity === null ? t('reports.export.basicSeverity') : t(`catalog.severities.${row.severity}`));
  const line = (row: SlaPerformanceRow): Line => ({ key: row.severity ?? 'basic', name: name(row), figures: row });
  const columns: SimpleColumn<Line>[] = [
    { id: 'severity', header: col('severity'), rowHeader: true, cell: (l) => l.name },
    { id: 'met', header: col('met'), align: 'end', cell: (l) => l.figures.met },
    { id: 'missed', header: col('missed'), align: 'end', cell: (l) => l.figures.missed },
    { id: 'metRate', header: col('metRate'), align: 'end', cell: (l) => rateText(l.figures.metRateBp, i18n.language) },
    { id: 'pending', header: col('pending'), align: 'end', cell: (l) => l.figures.pending },
    { id: 'notGuaranteed', header: col('notGuaranteed'), align: 'end', cell: (l) => l.figures.notGuaranteed },
  ];
  const total: Line = { key: 'all', name: t('reports.export.allSeverities'), figures: sla.total };
  return (
    <>
      <h3 id={`${id}-sla`}>{t('reports.quota.slaTitle')}</h3>
      <SimpleTable
        columns={columns}
        rows={sla.rows.map(line)}
        footer={[total]}
        getRowKey={(l) => l.key}
        labelledBy={`${id}-sla`}
        empty={t('reports.quota.slaEmpty')}
      />
      <p className="hint">{t('reports.quota.slaNote')}</p>
    </>
  );
}
