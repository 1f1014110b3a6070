import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { listen } from '../../api/bridge';
import { formatDate } from '../../ui/dates';
import { useReportError } from '../../ui/use-report-error';
import { usePartners } from '../partners/partners-store';
import { useSync } from '../sync/sync-store';
import { BillingSummarySection } from './billing-summary-section';
import { ExportProgressBar } from './export-actions';
import { QuotaSummarySection } from './quota-summary-section';
import { useReports, WHOLE_TEAM } from './reports-store';

import './reports.css';

/** Issue 7: quota and billing summaries for a partner or the portfolio, with their exports. */
export function ReportsView() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const quota = useReports((s) => s.quota);
  const billing = useReports((s) => s.billing);
  const range = useReports((s) => s.range);
  const partnerId = useReports((s) => s.partnerId);
  const printing = useReports((s) => s.printing);
  const partners = usePartners((s) => s.partners);
  // The whole team's reports are offered on the team lead's desk (as the server's roster says).
  const lead = useSync((s) => s.status?.lead ?? false);
  const report = useReportError();

  useEffect(() => {
    useReports.getState().load().catch(report);
    usePartners.getState().load().catch(report);
    useSync.getState().loadStatus().catch(report);
    // Progress of an export main is building, pushed while it works.
    return listen('reports/export-progress', (event) => useReports.getState().progress(event));
  }, [report]);

  const { choosePartner, chooseMonth, chooseRange } = useReports.getState();
  return (
    <section aria-labelledby="reports-title" className="view reports-view" data-printing={printing ?? undefined}>
      <header className="view-header">
        <h1 id="reports-title">{t('reports.title')}</h1>
        {quota && <span className="count">{t('reports.generated', { date: formatDate(quota.today, i18n.language) })}</span>}
      </header>
      <div className="toolbar no-print">
        <label htmlFor={`${id}-partner`}>{t('reports.scope')}</label>
        <select id={`${id}-partner`} value={partnerId} onChange={(e) => void choosePartner(e.target.value).catch(report)}>
          <option value="">{t('reports.portfolio')}</option>
          {(lead || partnerId === WHOLE_TEAM) && <option value={WHOLE_TEAM}>{t('reports.team')}</option>}
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <ExportProgressBar />
      </div>
      {partnerId === WHOLE_TEAM && (
        <p className="reports-team-note" role="note">
          {t('reports.teamNote')}
        </p>
      )}
      {!quota || !billing || !range ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <>
          <QuotaSummarySection summary={quota} onMonth={(month) => void chooseMonth(month).catch(report)} />
          <BillingSummarySection report={billing} range={range} onRange={(from, to) => void chooseRange(from, to).catch(report)} />
        </>
      )}
    </section>
  );
}
