import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../core/catalog';
import { formatDate } from '../../ui/dates';
import { formatMoney } from '../../ui/money';

type Charge = { date: string; kind: string; amount: number; currency: string; level: Level | null; rule: string };

/** Recorded charges and refunds with the rule behind each (M4-M8): the partner page and the report. */
export function ChargeRowsTable({ charges, label, caption, className = '' }: { charges: readonly Charge[]; label?: string; caption?: ReactNode; className?: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <table className={`data-table ${className}`} aria-labelledby={label}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('partnerDetail.charges.date')}</th>
          <th scope="col">{t('partnerDetail.charges.kind')}</th>
          <th scope="col">{t('partnerDetail.charges.level')}</th>
          <th scope="col" className="amount num">
            {t('partnerDetail.charges.amount')}
          </th>
          <th scope="col">{t('partnerDetail.charges.rule')}</th>
        </tr>
      </thead>
      <tbody>
        {charges.map((c, i) => (
          <tr key={`${c.date}-${c.kind}-${i}`}>
            <td>{formatDate(c.date, lng)}</td>
            <td>{t(`catalog.chargeKinds.${c.kind}`)}</td>
            <td>{c.level ? t(`catalog.levels.${c.level}`) : '—'}</td>
            <td className={`amount num ${c.amount < 0 ? 'refund' : ''}`}>{formatMoney(c.amount, c.currency, lng)}</td>
            <td>{c.rule}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
