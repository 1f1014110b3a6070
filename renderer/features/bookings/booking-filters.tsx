import { useTranslation } from 'react-i18next';

import type { BookingRecord } from '@main/ipc/contract';

import { FilterBar, type FilterChoice } from '../../ui/filter-bar';

export type BookingFilter = { partnerId: string; kind: string; status: string };
export const NO_FILTER: BookingFilter = { partnerId: '', kind: '', status: '' };

export const applyFilter = (rows: readonly BookingRecord[], f: BookingFilter) =>
  rows.filter((b) => (!f.partnerId || b.partnerId === f.partnerId) && (!f.kind || b.kind === f.kind) && (!f.status || b.status === f.status));

type Props = { filter: BookingFilter; partners: readonly { id: string; name: string }[]; onChange: (filter: BookingFilter) => void };

export function BookingFilters({ filter, partners, onChange }: Props) {
  const { t } = useTranslation();
  const choices: FilterChoice<keyof BookingFilter>[] = [
    { name: 'partnerId', label: t('bookings.columns.partner'), options: partners.map((p) => ({ value: p.id, label: p.name })) },
    {
      name: 'kind',
      label: t('bookings.columns.kind'),
      options: (['kea', 'consulting', 'training'] as const).map((k) => ({ value: k, label: t(`bookings.kinds.${k}`) })),
    },
    {
      name: 'status',
      label: t('bookings.columns.status'),
      options: (['booked', 'delivered', 'cancelled'] as const).map((s) => ({ value: s, label: t(`bookings.statuses.${s}`) })),
    },
  ];
  return <FilterBar label={t('bookings.filters.label')} all={t('bookings.filters.all')} filter={filter} choices={choices} onChange={onChange} />;
}
