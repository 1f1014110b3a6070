import { useTranslation } from 'react-i18next';

import { useSla } from '../features/sla/sla-store';
import { useToday } from '../features/today/today-store';
import { useNavigation, VIEWS } from './navigation-store';

export function Navigation() {
  const { t } = useTranslation();
  const view = useNavigation((s) => s.view);
  const go = useNavigation((s) => s.go);
  // C2: cases at risk or breached, counted by the one SLA clock.
  const attention = useSla((s) => s.counts.atRisk + s.counts.breached);
  // The day's items of the kinds shown, as main counted them (the Today view).
  const toDo = useToday((s) => s.answer?.total ?? 0);
  return (
    <nav aria-label={t('app.navLabel')} className="app-nav">
      <ul>
        {VIEWS.map((name) => {
          const count = name === 'sla' ? attention : name === 'today' ? toDo : 0;
          const description = count === 0 ? undefined : name === 'sla' ? t('sla.badge', { count }) : t('today.badge', { count });
          return (
            <li key={name}>
              <button type="button" data-view={name} aria-current={view === name ? 'page' : undefined} aria-description={description} onClick={() => go(name)}>
                {t(`nav.${name}`)}
                {count > 0 && (
                  <span className={name === 'today' ? 'nav-badge nav-badge-today' : 'nav-badge'} aria-hidden="true" data-testid={`${name}-badge`}>
                    {count}
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
