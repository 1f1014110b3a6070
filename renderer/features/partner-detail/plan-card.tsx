import { useTranslation } from 'react-i18next';

import { planCatalog } from '@core/catalog';
import type { PartnerPlan } from '@main/ipc/contract';

import { formatDate, formatPeriod } from '../../ui/dates';
import type { ActionKind } from './plan-action-dialog';

/** What the partner has today (S1-S3), what it includes (P1), and the actions on it. */
export function PlanCard({ plan, onAction }: { plan: PartnerPlan; onAction: (kind: ActionKind) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const sub = plan.subscription;
  const level = plan.levelToday;
  const ongoing = sub !== null && plan.nextRenewal !== null;
  const entitlements = level ? planCatalog.plans[level] : null;

  return (
    <section aria-labelledby="plan-title" className="card">
      <h2 id="plan-title">{t('partnerDetail.plan.title')}</h2>
      {!sub || !ongoing ? (
        <p>{sub ? t('partnerDetail.plan.ended', { on: formatDate(plan.endsOn ?? sub.start, lng) }) : t('partnerDetail.plan.none')}</p>
      ) : (
        <dl>
          <dt>{t('partnerDetail.plan.level')}</dt>
          <dd>
            <span className={`level-badge ${level ?? 'none'}`}>{level ? t(`catalog.levels.${level}`) : t('catalog.noLevel')}</span>
          </dd>
          <dt>{t('partnerDetail.plan.billing')}</dt>
          <dd>{t(`catalog.billing.${sub.billing}`)}</dd>
          <dt>{t('partnerDetail.plan.period')}</dt>
          <dd>{formatPeriod(sub.period, lng)}</dd>
          {plan.serviceYear && (
            <>
              <dt>{t('partnerDetail.plan.serviceYear')}</dt>
              <dd>{t('partnerDetail.plan.serviceYearValue', { n: plan.serviceYear.index + 1, period: formatPeriod(plan.serviceYear, lng) })}</dd>
            </>
          )}
          {plan.endsOn ? (
            <>
              <dt>{t('partnerDetail.plan.endsOn')}</dt>
              <dd>{t('partnerDetail.plan.endsOnValue', { on: formatDate(plan.endsOn, lng) })}</dd>
            </>
          ) : (
            <>
              <dt>{t('partnerDetail.plan.nextRenewal')}</dt>
              <dd>
                {formatDate(sub.period.end, lng)}
                {plan.renewalDue && <strong className="due"> · {t('partnerDetail.plan.renewalDue')}</strong>}
              </dd>
            </>
          )}
          {entitlements && (
            <>
              <dt>{t('partnerDetail.plan.includes')}</dt>
              <dd>
                <ul className="plain">
                  <li>
                    {entitlements.technicalCasesPerMonth === null
                      ? t(entitlements.technicalSupport ? 'partnerDetail.plan.technicalUnlimited' : 'partnerDetail.plan.technicalNone')
                      : t('partnerDetail.plan.technicalMonthly', { count: entitlements.technicalCasesPerMonth })}
                  </li>
                  {entitlements.keaDaysPerServiceYear > 0 && <li>{t('partnerDetail.plan.kea', { count: entitlements.keaDaysPerServiceYear })}</li>}
                  {entitlements.consulting && (
                    <li>
                      {t('partnerDetail.plan.consulting', { count: entitlements.consulting.sessionsPerServiceYear, hours: entitlements.consulting.maxHours })}
                    </li>
                  )}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
      <div className="card-actions">
        {!ongoing ? (
          <button type="button" className="primary" onClick={() => onAction('subscribe')}>
            {t('partnerDetail.actions.subscribe')}
          </button>
        ) : plan.endsOn ? null : (
          <>
            <button type="button" className="primary" onClick={() => onAction('change')}>
              {t('partnerDetail.actions.change')}
            </button>
            {plan.renewalDue && (
              <button type="button" onClick={() => onAction('renew')} className="primary">
                {t('partnerDetail.actions.renew')}
              </button>
            )}
            <button type="button" onClick={() => onAction('unsubscribe')}>
              {t('partnerDetail.actions.unsubscribe')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
