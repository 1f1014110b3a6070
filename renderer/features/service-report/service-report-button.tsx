import { useTranslation } from 'react-i18next';

import { type Level, planOf } from '@core/catalog';

import { useNavigation } from '../../app/navigation-store';

/** P4: the partner page's way to the monthly report, included with Premier and on request otherwise. */
export function ServiceReportButton({ partnerId, level, today }: { partnerId: string; level: Level | null; today: string }) {
  const { t } = useTranslation();
  const openServiceReport = useNavigation((s) => s.openServiceReport);
  const included = level !== null && planOf(level).monthlyServiceReport;
  const note = t(included ? 'serviceReport.included' : 'serviceReport.onRequest');
  return (
    <span className="service-report-entry">
      <span className="entry-note" aria-hidden="true">
        {note}
      </span>
      <button type="button" onClick={() => openServiceReport(partnerId, today.slice(0, 7))} aria-description={note}>
        {t('serviceReport.open')}
      </button>
    </span>
  );
}
