import { useTranslation } from 'react-i18next';

import type { PartnerPlan } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';
import { ChargeRowsTable } from './charge-rows-table';

/** S3 level timeline and every charge or refund recorded for the partner, with the rule behind it. */
export function ChargesTable({ plan }: { plan: PartnerPlan }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const levels = plan.subscription?.levels ?? [];
  return (
    <div className="detail-grid">
      <section aria-labelledby="timeline-title" className="card">
        <h2 id="timeline-title">{t('partnerDetail.timeline.title')}</h2>
        {levels.length === 0 ? (
          <p className="empty">{t('partnerDetail.timeline.empty')}</p>
        ) : (
          <ol className="timeline">
            {levels.map((l) => (
              <li key={`${l.from}-${l.level ?? 'none'}`}>
                <time dateTime={l.from}>{formatDate(l.from, lng)}</time> {l.level ? t(`catalog.levels.${l.level}`) : t('partnerDetail.timeline.unsubscribed')}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="charges-title" className="card">
        <h2 id="charges-title">{t('partnerDetail.charges.title')}</h2>
        {plan.charges.length === 0 ? (
          <p className="empty">{t('partnerDetail.charges.empty')}</p>
        ) : (
          <ChargeRowsTable charges={plan.charges} label="charges-title" />
        )}
      </section>
    </div>
  );
}
