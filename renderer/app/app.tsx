import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { BookingsView } from '../features/bookings/bookings-view';
import { HelpDialogs } from '../features/help/help-dialogs';
import { PartnerDetailView } from '../features/partner-detail/partner-detail-view';
import { PartnersView } from '../features/partners/partners-view';
import { PlansView } from '../features/plans/plans-view';
import { ProrationView } from '../features/proration/proration-view';
import { QuotasView } from '../features/quotas/quotas-view';
import { ReportsView } from '../features/reports/reports-view';
import { SampleBanner } from '../features/sample/sample-banner';
import { SearchPalette } from '../features/search/search-palette';
import { ServiceReportView } from '../features/service-report/service-report-view';
import { useSettings } from '../features/settings/settings-store';
import { SettingsView } from '../features/settings/settings-view';
import { SlaTicker } from '../features/sla/sla-ticker';
import { SlaView } from '../features/sla/sla-view';
import { StatementView } from '../features/statement/statement-view';
import { SyncIndicator } from '../features/sync/sync-indicator';
import { TodayRefresh } from '../features/today/today-refresh';
import { TodayView } from '../features/today/today-view';
import { useReportError } from '../ui/use-report-error';
import { CalendarReminder } from './calendar-reminder';
import { DataNotices } from './data-notices';
import { Navigation } from './navigation';
import { useNavigation } from './navigation-store';
import { OpenedRecordHost } from './opened-record-host';
import { PriceBookReminder } from './price-book-reminder';
import { StatusLine } from './status-line';

export function App() {
  const { t } = useTranslation();
  const view = useNavigation((s) => s.view);
  const partnerId = useNavigation((s) => s.partnerId);
  const shownReport = useNavigation((s) => s.report);
  const shownStatement = useNavigation((s) => s.statement);
  // The first screen waits for the choice between Today and Partners (TodayRefresh).
  const started = useNavigation((s) => s.started);
  const loadSettings = useSettings((s) => s.load);
  const report = useReportError();

  useEffect(() => {
    loadSettings().catch(report);
    // Load once at start; report changes with the language the settings set.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadSettings]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-title">{t('app.title')}</span>
        <SyncIndicator />
      </header>
      <Navigation />
      <main id="main" tabIndex={-1} className="app-main">
        <DataNotices />
        <SampleBanner />
        <PriceBookReminder />
        <CalendarReminder />
        {started && view === 'today' && <TodayView />}
        {started && view === 'partners' && (partnerId ? <PartnerDetailView partnerId={partnerId} /> : <PartnersView />)}
        {view === 'sla' && <SlaView />}
        {view === 'quotas' && <QuotasView />}
        {view === 'bookings' && <BookingsView />}
        {view === 'reports' && <ReportsView />}
        {view === 'plans' && <PlansView />}
        {view === 'proration' && <ProrationView />}
        {view === 'settings' && <SettingsView />}
        {view === 'service-report' && shownReport && <ServiceReportView partnerId={shownReport.partnerId} month={shownReport.month} />}
        {view === 'statement' && shownStatement && <StatementView partnerId={shownStatement.partnerId} />}
      </main>
      <StatusLine />
      <HelpDialogs />
      <SearchPalette />
      <OpenedRecordHost />
      <TodayRefresh />
      {/* Asks for the SLA board (thousands of clocks) once the first screen is chosen. */}
      <SlaTicker />
    </div>
  );
}
