import { useTranslation } from 'react-i18next';
import type { PartnerPlan } from '../../../electron/ipc/contract';
import { formatDate } from '../../ui/dates';
import { formatMoney } from '../../ui/money';

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
          <table className="data-table" aria-labelledby="charges-title">
            <thead>
              <tr>
                <th scope="col">{t('partnerDetail.charges.date')}</th>
                <th scope="col">{t('partnerDetail.charges.kind')}</th>
                <th scope="col">{t('partnerDetail.charges.level')}</th>
                <th scope="col" className="amount">
                  {t('partnerDetail.charges.amount')}
                </th>
                <th scope="col">{t('partnerDetail.charges.rule')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.charges.map((c) => (
                <tr key={c.id}>
                  <td>{formatDate(c.date, lng)}</td>
                  <td>{t(`catalog.chargeKinds.${c.kind}`)}</td>
                  <td>{c.level ? t(`catalog.levels.${c.level}`) : '—'}</td>
                  <td className={`amount ${c.amount < 0 ? 'refund' : ''}`}>{formatMoney(c.amount, c.currency, lng)}</td>
                  <td>{c.rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
