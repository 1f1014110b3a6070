import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import type { SlaAlert } from '@main/ipc/contract';

import { useNavigation } from '../../app/navigation-store';
import { useReportError } from '../../ui/use-report-error';
import { formatInstant } from './sla-format';
import { useSla } from './sla-store';

const TICK_MS = 1000;

/**
 * The one timer behind every SLA clock on screen (rows, header counts, the navigation badge),
 * and the desktop alerts: when a case changes state, main is asked which alerts are due.
 */
export function SlaTicker() {
  const { t, i18n } = useTranslation();
  const report = useReportError();
  // The board (thousands of clocks) is asked for once the first screen has its data, so main
  // answers that first.
  const started = useNavigation((s) => s.started);

  useEffect(() => {
    const { load, tick, takeAlerts, notify } = useSla.getState();
    const word = (alert: SlaAlert) => {
      const severity = alert.severity ? t(`catalog.severities.${alert.severity}`) : t('sla.basicTarget');
      const who = alert.customer ? `${alert.partnerName} · ${alert.customer}` : alert.partnerName;
      return {
        title: t(alert.status === 'breached' ? 'sla.alert.breachedTitle' : 'sla.alert.atRiskTitle', { partner: alert.partnerName }),
        body: t('sla.alert.body', { who, severity, due: formatInstant(alert.dueAt, i18n.language).local }),
      };
    };
    const alertDue = async () => {
      const alerts = await takeAlerts();
      // Many at once (after a long pause, an import) would bury the desktop: one summary instead.
      if (alerts.length > 3) {
        await notify(t('sla.alert.manyTitle', { count: alerts.length }), t('sla.alert.manyBody'));
        return;
      }
      for (const alert of alerts) {
        const { title, body } = word(alert);
        await notify(title, body);
      }
    };
    tick(Date.now());
    // A reloaded board (a case logged, answered, imported) may hold cases already past a milestone.
    const unsubscribe = useSla.subscribe((state, previous) => {
      if (state.rows !== previous.rows) alertDue().catch(report);
    });
    if (started) load().catch(report);
    const timer = window.setInterval(() => {
      if (tick(Date.now())) alertDue().catch(report);
    }, TICK_MS);
    return () => {
      unsubscribe();
      window.clearInterval(timer);
    };
  }, [t, i18n.language, report, started]);

  return null;
}
