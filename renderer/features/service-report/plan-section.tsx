import { useTranslation } from 'react-i18next';

import type { Level } from '@core/catalog';
import type { ServiceReportData } from '@main/ipc/contract';

import { formatDate, formatPeriod } from '../../ui/dates';
import { ChargeRowsTable } from '../partner-detail/charge-rows-table';

/** S3: the levels in force over the month, the changes in it, and the charges recorded (M4-M8). */
export function PlanSection({ report }: { report: ServiceReportData }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const levelName = (level: Level | null) => (level ? t(`catalog.levels.${level}`) : t('catalog.noLevel'));
  return (
    <section aria-labelledby="report-plan-title" className="report-section">
      <h2 id="report-plan-title">{t('serviceReport.plan.title')}</h2>
      <ul className="plain">
        {report.levels.map((span) => (
          <li key={span.start}>
            <strong>{levelName(span.level)}</strong> · {formatPeriod(span, lng)}
          </li>
        ))}
      </ul>
      {report.changes.length === 0 ? (
        <p className="hint">{t('serviceReport.plan.noChanges')}</p>
      ) : (
        <ul className="plain">
          {report.changes.map((c) => (
            <li key={c.on}>{t('serviceReport.plan.change', { on: formatDate(c.on, lng), from: levelName(c.from), to: levelName(c.to) })}</li>
          ))}
        </ul>
      )}
      {report.charges.length > 0 && <ChargeRowsTable charges={report.charges} caption={t('serviceReport.plan.charges')} className="report-table" />}
    </section>
  );
}
