import { useTranslation } from 'react-i18next';
import { useNavigation, VIEWS } from './navigation-store';

export function Navigation() {
  const { t } = useTranslation();
  const view = useNavigation((s) => s.view);
  const go = useNavigation((s) => s.go);
  return (
    <nav aria-label={t('app.navLabel')} className="app-nav">
      <ul>
        {VIEWS.map((name) => (
          <li key={name}>
            <button type="button" aria-current={view === name ? 'page' : undefined} onClick={() => go(name)}>
              {t(`nav.${name}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
