import { useTranslation } from 'react-i18next';

import { useSla } from '../features/sla/sla-store';
import { useNavigation, VIEWS } from './navigation-store';

export function Navigation() {
  const { t } = useTranslation();
  const view = useNavigation((s) => s.view);
  const go = useNavigation((s) => s.go);
  // C2: cases at risk or breached, counted by the one SLA clock.
  const attention = useSla((s) => s.counts.atRisk + s.counts.breached);
  return (
    <nav aria-label={t('app.navLabel')} className="app-nav">
      <ul>
        {VIEWS.map((name) => {
          const badge = name === 'sla' && attention > 0;
          return (
            <li key={name}>
              <button
                type="button"
                aria-current={view === name ? 'page' : undefined}
                aria-description={badge ? t('sla.badge', { count: attention }) : undefined}
                onClick={() => go(name)}
              >
                {t(`nav.${name}`)}
                {badge && (
                  <span className="nav-badge" aria-hidden="true" data-testid="sla-badge">
                    {attention}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
