import { type ColumnDef, flexRender, getCoreRowModel, getSortedRowModel, type SortingState, type Updater, useReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { levels } from '@core/catalog';
import type { QuotaRow } from '@main/ipc/contract';

import { SortableHead } from '../../ui/sortable-head';
import { useTablePrefs } from '../settings/table-prefs';
import { CasesCell, LevelCell, TrainingsCell } from './quota-cells';
import { consultingText, forecastText, formatMonth, keaText } from './quota-text';

const DEFAULT_SORT: SortingState = [{ id: 'partner', desc: false }];

type Props = {
  rows: QuotaRow[];
  month: string;
  today: string;
  /** Offered for partners on Standard today, when the month shown is this month (Q2). */
  onBuy: (row: QuotaRow) => void;
};

/** Numbers to sort by; a row without numbers sorts last whatever the direction. */
const casesShare = (r: QuotaRow) => (r.cases.status === 'counted' && r.cases.usage.limit ? r.cases.usage.used / r.cases.usage.limit : undefined);
const left = (q: QuotaRow['kea'] | QuotaRow['consulting']) => (q.status === 'counted' ? q.left : undefined);

export function QuotasTable({ rows, month, today, onBuy }: Props) {
  const { t, i18n } = useTranslation();
  const [prefs, savePrefs] = useTablePrefs('quotas');
  const sorting: SortingState = prefs.sort.length > 0 ? prefs.sort : DEFAULT_SORT;
  const setSorting = (updater: Updater<SortingState>) => savePrefs({ ...prefs, sort: typeof updater === 'function' ? updater(sorting) : updater });
  const thisMonth = today.startsWith(month);

  const columns = useMemo<ColumnDef<QuotaRow>[]>(
    () => [
      { id: 'partner', accessorKey: 'partnerName', header: t('quotas.columns.partner'), cell: (c) => <strong>{c.row.original.partnerName}</strong> },
      {
        id: 'level',
        accessorFn: (r) => (r.level ? levels.indexOf(r.level) : -1),
        header: t('quotas.columns.level'),
        cell: (c) => <LevelCell row={c.row.original} />,
      },
      { id: 'cases', accessorFn: casesShare, sortUndefined: 'last', header: t('quotas.columns.cases'), cell: (c) => <CasesCell row={c.row.original} /> },
      {
        id: 'forecast',
        accessorFn: (r) => (r.cases.status === 'counted' ? (r.cases.forecast.exhaustsOn ?? undefined) : undefined),
        sortUndefined: 'last',
        header: t('quotas.columns.forecast'),
        cell: (c) => forecastText(t, c.row.original, today, i18n.language),
      },
      { id: 'kea', accessorFn: (r) => left(r.kea), sortUndefined: 'last', header: t('quotas.columns.kea'), cell: (c) => keaText(t, c.row.original) },
      {
        id: 'consulting',
        accessorFn: (r) => left(r.consulting),
        sortUndefined: 'last',
        header: t('quotas.columns.consulting'),
        cell: (c) => consultingText(t, c.row.original),
      },
      {
        id: 'trainings',
        accessorFn: (r) => (r.trainings.status === 'counted' ? r.trainings.thisServiceYear : undefined),
        sortUndefined: 'last',
        header: t('quotas.columns.trainings'),
        cell: (c) => <TrainingsCell row={c.row.original} />,
      },
      {
        id: 'actions',
        header: t('quotas.columns.actions'),
        enableSorting: false,
        cell: ({ row: { original: r } }) =>
          thisMonth && r.level === 'standard' ? (
            <button type="button" onClick={() => onBuy(r)} aria-label={t('quotas.buy.label', { name: r.partnerName })}>
              {t('quotas.buy.button')}
            </button>
          ) : null,
      },
    ],
    [t, i18n.language, today, thisMonth, onBuy],
  );

  // TanStack Table's API cannot be memoised by the React Compiler, which this app does not use.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (r) => r.partnerId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  return (
    <table className="data-table quotas-table" aria-label={t('quotas.tableLabel', { month: formatMonth(month, i18n.language) })}>
      <SortableHead table={table} />
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getVisibleCells().map((cell) =>
              cell.column.id === 'partner' ? (
                <th key={cell.id} scope="row">
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </th>
              ) : (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
