import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { levels, severityIds } from '@core/catalog';
import type { ClockStatusKind } from '@core/sla';

import { type ClockRow, statusAt } from './sla-clock';

export type SlaFilter = { partnerId: string; level: string; severity: string; status: string };
export const NO_FILTER: SlaFilter = { partnerId: '', level: '', severity: '', status: '' };
const STATUSES: readonly ClockStatusKind[] = ['breached', 'at-risk', 'running', 'met', 'missed'];

export function applyFilter(rows: readonly ClockRow[], filter: SlaFilter, nowMs: number): ClockRow[] {
  return rows.filter(
    (r) =>
      (!filter.partnerId || r.partnerId === filter.partnerId) &&
      (!filter.level || r.level === filter.level) &&
      (!filter.severity || (r.correctedSeverity ?? r.severity) === filter.severity) &&
      (!filter.status || statusAt(r, nowMs) === filter.status),
  );
}

type Props = { filter: SlaFilter; partners: readonly { id: string; name: string }[]; onChange: (filter: SlaFilter) => void };

/** Filter the board by partner, level, severity and status. */
export function SlaFilters({ filter, partners, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const select = (name: keyof SlaFilter, label: string, options: readonly { value: string; label: string }[]) => (
    <span className="filter">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={filter[name]} onChange={(e) => onChange({ ...filter, [name]: e.target.value })}>
        <option value="">{t('sla.filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
  return (
    <div className="filters" role="group" aria-label={t('sla.filters.label')}>
      {select(
        'partnerId',
        t('sla.columns.partner'),
        partners.map((p) => ({ value: p.id, label: p.name })),
      )}
      {select(
        'level',
        t('sla.columns.level'),
        levels.map((l) => ({ value: l, label: t(`catalog.levels.${l}`) })),
      )}
      {select(
        'severity',
        t('sla.columns.severity'),
        severityIds.map((s) => ({ value: s, label: t(`catalog.severities.${s}`) })),
      )}
      {select(
        'status',
        t('sla.columns.status'),
        STATUSES.map((s) => ({ value: s, label: t(`sla.status.${s}`) })),
      )}
    </div>
  );
}
