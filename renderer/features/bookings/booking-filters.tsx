import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { BookingRecord } from '@main/ipc/contract';

export type BookingFilter = { partnerId: string; kind: string; status: string };
export const NO_FILTER: BookingFilter = { partnerId: '', kind: '', status: '' };

export const applyFilter = (rows: readonly BookingRecord[], f: BookingFilter) =>
  rows.filter((b) => (!f.partnerId || b.partnerId === f.partnerId) && (!f.kind || b.kind === f.kind) && (!f.status || b.status === f.status));

type Props = { filter: BookingFilter; partners: readonly { id: string; name: string }[]; onChange: (filter: BookingFilter) => void };

export function BookingFilters({ filter, partners, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const select = (name: keyof BookingFilter, label: string, options: readonly { value: string; label: string }[]) => (
    <span className="filter">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={filter[name]} onChange={(e) => onChange({ ...filter, [name]: e.target.value })}>
        <option value="">{t('bookings.filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
  return (
    <div className="filters" role="group" aria-label={t('bookings.filters.label')}>
      {select(
        'partnerId',
        t('bookings.columns.partner'),
        partners.map((p) => ({ value: p.id, label: p.name })),
      )}
      {select(
        'kind',
        t('bookings.columns.kind'),
        (['kea', 'consulting', 'training'] as const).map((k) => ({ value: k, label: t(`bookings.kinds.${k}`) })),
      )}
      {select(
        'status',
        t('bookings.columns.status'),
        (['booked', 'delivered', 'cancelled'] as const).map((s) => ({ value: s, label: t(`bookings.statuses.${s}`) })),
      )}
    </div>
  );
}
