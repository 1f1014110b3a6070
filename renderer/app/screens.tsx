import { BookingsView } from '../features/bookings/bookings-view';
import { PartnerDetailView } from '../features/partner-detail/partner-detail-view';
import { PartnersView } from '../features/partners/partners-view';
import { PlansView } from '../features/plans/plans-view';
import { ProrationView } from '../features/proration/proration-view';
import { QuotasView } from '../features/quotas/quotas-view';
import { ReportsView } from '../features/reports/reports-view';
import { ServiceReportView } from '../features/service-report/service-report-view';
import { SettingsView } from '../features/settings/settings-view';
import { SlaView } from '../features/sla/sla-view';
import { StatementView } from '../features/statement/statement-view';
import { useNavigation } from './navigation-store';

export { OpenedRecordHost } from './opened-record-host';

/**
 * Every screen but Today, in a chunk of its own (app.tsx loads it lazily): the first screen's
 * script is then only what Today needs. Shown once the first screen is chosen (TodayRefresh).
 */
export function Screens() {
  const view = useNavigation((s) => s.view);
  const partnerId = useNavigation((s) => s.partnerId);
  const shownReport = useNavigation((s) => s.report);
  const shownStatement = useNavigation((s) => s.statement);
  return (
    <>
      {view === 'partners' && (partnerId ? <PartnerDetailView partnerId={partnerId} /> : <PartnersView />)}
      {view === 'sla' && <SlaView />}
      {view === 'quotas' && <QuotasView />}
      {view === 'bookings' && <BookingsView />}
      {view === 'reports' && <ReportsView />}
      {view === 'plans' && <PlansView />}
      {view === 'proration' && <ProrationView />}
      {view === 'settings' && <SettingsView />}
      {view === 'service-report' && shownReport && <ServiceReportView partnerId={shownReport.partnerId} month={shownReport.month} />}
      {view === 'statement' && shownStatement && <StatementView partnerId={shownStatement.partnerId} />}
    </>
  );
}
