import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Level } from '@core/catalog';
import type { en } from '@locales/en';

import { formatDate } from '../../ui/dates';
import { formatMoney } from '../../ui/money';
import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';

type Charge = { date: string; kind: string; amount: number; currency: string; level: Level | null; rule: string };

/** Recorded charges and refunds with the rule behind each (M4-M8): the partner page and the report. */
export function ChargeRowsTable({
  charges,
  label,
  caption,
  className,
}: {
  charges: readonly Charge[];
  label?: string;
  caption?: ReactNode;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const columns: SimpleColumn<Charge>[] = [
    { id: 'date', header: t('partnerDetail.charges.date'), cell: (c) => formatDate(c.date, lng) },
    { id: 'kind', header: t('partnerDetail.charges.kind'), cell: (c) => t(`catalog.chargeKinds.${c.kind as keyof typeof en.catalog.chargeKinds}`) },
    { id: 'level', header: t('partnerDetail.charges.level'), cell: (c) => (c.level ? t(`catalog.levels.${c.level}`) : '—') },
    {
      id: 'amount',
      header: t('partnerDetail.charges.amount'),
      align: 'end',
      className: 'num',
      cellClassName: (c) => (c.amount < 0 ? 'refund' : undefined),
      cell: (c) => formatMoney(c.amount, c.currency, lng),
    },
    { id: 'rule', header: t('partnerDetail.charges.rule'), cell: (c) => c.rule },
  ];
  return (
    <SimpleTable columns={columns} rows={charges} getRowKey={(c, i) => `${c.date}-${c.kind}-${i}`} labelledBy={label} caption={caption} className={className} />
  );
}
