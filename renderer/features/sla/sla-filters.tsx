import { useTranslation } from 'react-i18next';

import { levels, severityIds } from '@core/catalog';
import type { ClockStatusKind } from '@core/sla';

import { FilterBar, type FilterChoice } from '../../ui/filter-bar';
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
  const choices: FilterChoice<keyof SlaFilter>[] = [
    { name: 'partnerId', label: t('sla.columns.partner'), options: partners.map((p) => ({ value: p.id, label: p.name })) },
    { name: 'level', label: t('sla.columns.level'), options: levels.map((l) => ({ value: l, label: t(`catalog.levels.${l}`) })) },
    { name: 'severity', label: t('sla.columns.severity'), options: severityIds.map((s) => ({ value: s, label: t(`catalog.severities.${s}`) })) },
    { name: 'status', label: t('sla.columns.status'), options: STATUSES.map((s) => ({ value: s, label: t(`sla.status.${s}`) })) },
  ];
  return <FilterBar label={t('sla.filters.label')} all={t('sla.filters.all')} filter={filter} choices={choices} onChange={onChange} />;
}
