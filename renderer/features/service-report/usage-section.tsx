import { useTranslation } from 'react-i18next';

import type { ServiceReportData } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';
import { DailyCasesChart } from './daily-cases-chart';

/** P3, Q1-Q5: the cases opened in the month and the Standard quota they used. */
export function UsageSection({ report, monthLabel }: { report: ServiceReportData; monthLabel: string }) {
  const { t, i18n } = useTranslation();
  const { usage } = report;
  const quota =
    usage.quota.status === 'counted'
      ? // Q3: the part from add-on packs is named only when the month has packs.
        t(usage.quota.usage.packs.length > 0 ? 'serviceReport.usage.quotaCounted' : 'serviceReport.usage.quotaPlain', {
          used: usage.quota.usage.used,
          limit: usage.quota.usage.limit ?? 0,
          included: usage.quota.usage.included,
        })
      : t(`serviceReport.usage.quota.${usage.quota.status}`);
  return (
    <section aria-labelledby="report-usage-title" className="report-section">
      <h2 id="report-usage-title">{t('serviceReport.usage.title')}</h2>
      <dl className="report-figures">
        <div>
          <dt>{t('serviceReport.usage.technical')}</dt>
          <dd>{usage.technical}</dd>
        </div>
        <div>
          <dt>{t('serviceReport.usage.service')}</dt>
          <dd>{usage.service}</dd>
        </div>
        <div>
          <dt>{t('serviceReport.usage.quotaTitle')}</dt>
          <dd>{quota}</dd>
        </div>
      </dl>
      {usage.quota.status === 'counted' && usage.quota.usage.packs.length > 0 && (
        <ul className="plain hint">
          {usage.quota.usage.packs.map((p) => (
            <li key={p.boughtOn}>
              {t('serviceReport.usage.pack', {
                count: p.count,
                cases: p.cases,
                on: formatDate(p.boughtOn, i18n.language),
                until: formatDate(p.validUntil, i18n.language),
              })}
            </li>
          ))}
        </ul>
      )}
      {usage.voided > 0 && <p className="hint">{t('serviceReport.usage.voided', { count: usage.voided })}</p>}
      <h3>{t('serviceReport.daily.title')}</h3>
      <DailyCasesChart report={report} monthLabel={monthLabel} />
    </section>
  );
}
