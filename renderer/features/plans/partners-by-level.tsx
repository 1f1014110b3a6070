import { useTranslation } from 'react-i18next';

import { levels } from '@core/catalog';

import { useNavigation } from '../../app/navigation-store';
import type { PartnersByLevel } from './plans-store';

/** Who is on each plan today; a name opens the partner's page. */
export function PartnersByLevelList({ partners }: { partners: PartnersByLevel }) {
  const { t } = useTranslation();
  const open = (partnerId: string) => useNavigation.getState().openPartner(partnerId);
  return (
    <section aria-labelledby="plans-partners-title" className="plans-partners">
      <h2 id="plans-partners-title">{t('plans.partners.title')}</h2>
      <div className="plans-levels">
        {levels.map((level) => {
          const list = partners.byLevel[level];
          const headingId = `plans-partners-${level}`;
          return (
            <section key={level} aria-labelledby={headingId} className="plans-level">
              <h3 id={headingId}>{t('plans.partners.level', { level: t(`catalog.levels.${level}`), count: list.length })}</h3>
              {list.length === 0 ? (
                <p className="hint">{t('plans.partners.none')}</p>
              ) : (
                <ul>
                  {list.map((p) => (
                    <li key={p.id}>
                      <button type="button" className="link-button" onClick={() => open(p.id)}>
                        {p.name}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <p>{t('plans.partners.withoutPlan', { count: partners.withoutPlan })}</p>
    </section>
  );
}
