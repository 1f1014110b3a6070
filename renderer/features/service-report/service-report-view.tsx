import { DateTime } from 'luxon';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useNavigation } from '../../app/navigation-store';
import { formatDate } from '../../ui/dates';
import { MonthField } from '../../ui/month-field';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { formatInstant } from '../sla/sla-format';
import { BookingsSection } from './bookings-section';
import { PlanSection } from './plan-section';
import { reportFileName } from './report-format';
import { useServiceReport } from './service-report-store';
import { SeveritySection } from './severity-section';
import { UsageSection } from './usage-section';

import './service-report.css';

/** "March 2026" / "2026年3月" */
const monthName = (month: string, lng: string) => DateTime.fromISO(`${month}-01`).setLocale(lng).toLocaleString({ month: 'long', year: 'numeric' });

/** P4: one partner's monthly service report, on screen and as an A4 PDF of just the report. */
export function ServiceReportView({ partnerId, month }: { partnerId: string; month: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const report = useServiceReport((s) => s.report);
  const { load, savePdf } = useServiceReport.getState();
  const { openPartner, openServiceReport } = useNavigation.getState();
  const showStatus = useStatus((s) => s.show);
  const reportError = useReportError();
  const id = useId();

  useEffect(() => {
    load(partnerId, month).catch(reportError);
  }, [load, partnerId, month, reportError]);

  const shown = report && report.partnerId === partnerId && report.month === month ? report : null;
  const monthLabel = monthName(month, lng);
  const save = () =>
    shown &&
    savePdf(reportFileName(shown.partnerName, month))
      .then((path) => path && showStatus(t('serviceReport.saved', { path })))
      .catch(reportError);

  return (
    <section aria-labelledby="report-title" className="view service-report-view">
      <nav aria-label={t('serviceReport.breadcrumb')} className="no-print">
        <button type="button" className="link" onClick={() => openPartner(partnerId)}>
          ← {shown?.partnerName ?? t('nav.partners')}
        </button>
      </nav>
      <div className="toolbar no-print">
        <label htmlFor={`${id}-month`}>{t('serviceReport.month')}</label>
        <MonthField id={`${id}-month`} value={month} required onChange={(chosen) => chosen && openServiceReport(partnerId, chosen)} />
        <button type="button" className="primary push-right" disabled={!shown} onClick={() => void save()}>
          {t('serviceReport.savePdf')}
        </button>
      </div>
      <header className="report-header">
        <h1 id="report-title">{t('serviceReport.title')}</h1>
        {shown && (
          <>
            <p className="report-subtitle">
              <strong>{shown.partnerName}</strong> · {monthLabel}
            </p>
            <p className="report-meta">
              <span className={`level-badge ${shown.level ?? 'none'}`}>{shown.level ? t(`catalog.levels.${shown.level}`) : t('catalog.noLevel')}</span>{' '}
              {t(shown.included ? 'serviceReport.included' : 'serviceReport.onRequest')}
            </p>
            <p className="report-meta hint">
              {shown.complete
                ? t('serviceReport.complete', { from: formatDate(shown.firstDay, lng), to: formatDate(shown.lastDay, lng) })
                : t('serviceReport.soFar', { from: formatDate(shown.firstDay, lng), to: formatDate(shown.asOf, lng) })}{' '}
              {t('serviceReport.generated', {
                at: formatInstant(shown.generatedAt, lng).local,
              })}
            </p>
          </>
        )}
      </header>
      {!shown ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <>
          <UsageSection report={shown} monthLabel={monthLabel} />
          <SeveritySection report={shown} />
          <BookingsSection report={shown} />
          <PlanSection report={shown} />
        </>
      )}
    </section>
  );
}
