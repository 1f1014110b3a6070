import { useTranslation } from 'react-i18next';

import type { QuotaRow } from '@main/ipc/contract';

import { formatMonth, levelText, packLines, serviceYearDays, statusText, trainingLines } from './quota-text';

/** The plan in force (S3) and the service year the yearly balances count in (S2). */
export function LevelCell({ row }: { row: QuotaRow }) {
  const { t, i18n } = useTranslation();
  const year = serviceYearDays(row, i18n.language);
  return (
    <>
      <span className={`level-badge ${row.level ?? 'none'}`}>{levelText(t, row)}</span>
      {year && (
        <small className="cell-line hint">
          {t('quotas.serviceYear')}
          <span className="cell-line service-year">
            <span className="nowrap">{year[0]}</span> – <span className="nowrap">{year[1]}</span>
          </span>
        </small>
      )}
    </>
  );
}

/** Q1-Q3: used against the month's limit, as a bar and as numbers, with each pack's expiry. */
export function CasesCell({ row }: { row: QuotaRow }) {
  const { t, i18n } = useTranslation();
  if (row.cases.status !== 'counted') return <span className="quota-off">{statusText(t, row.cases)}</span>;
  const { used, limit } = row.cases.usage;
  const max = limit ?? 0;
  const label = t('quotas.cases.meter', { month: formatMonth(row.month, i18n.language), used, limit: max });
  return (
    <div className="quota-cases">
      <span className="quota-bar">
        <meter min={0} max={Math.max(max, 1)} value={Math.min(used, max)} low={max * 0.75} high={max * 0.9} optimum={0} aria-label={label} />
        <span className="quota-ratio" aria-hidden="true">
          {t('quotas.cases.ratio', { used, limit: max })}
        </span>
      </span>
      {packLines(t, row, i18n.language).map((line, i) => (
        <small key={i} className="cell-line hint">
          {line}
        </small>
      ))}
    </div>
  );
}

/** B3: this month's organized training and the service year's trainings. */
export function TrainingsCell({ row }: { row: QuotaRow }) {
  const { t } = useTranslation();
  return (
    <>
      {trainingLines(t, row).map((line) => (
        <span key={line} className={row.trainings.status === 'counted' ? 'cell-line' : 'cell-line quota-off'}>
          {line}
        </span>
      ))}
    </>
  );
}
