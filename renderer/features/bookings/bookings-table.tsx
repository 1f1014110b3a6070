import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingRecord } from '../../../electron/ipc/contract';
import { BookingWhen } from './booking-when';
import { SortableHead } from '../../ui/sortable-head';

type Props = { rows: readonly BookingRecord[]; names: ReadonlyMap<string, string>; onOpen: (booking: BookingRecord) => void };

/** Every booking across partners, sortable by date (filters sit above it). */
export function BookingsTable({ rows, names, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: false }]);
  const columns = useMemo<ColumnDef<BookingRecord>[]>(
    () => [
      { id: 'date', header: t('bookings.columns.date'), accessorFn: (b) => `${b.start}${b.startTime ?? ''}`, cell: (c) => <BookingWhen booking={c.row.original} /> },
      { id: 'partner', header: t('bookings.columns.partner'), accessorFn: (b) => names.get(b.partnerId) ?? '' },
      { id: 'kind', header: t('bookings.columns.kind'), accessorFn: (b) => b.kind, cell: (c) => t(`bookings.kinds.${c.row.original.kind}`) },
      { id: 'status', header: t('bookings.columns.status'), accessorFn: (b) => b.status, cell: (c) => <span className={`booking-status ${c.row.original.status}`}>{t(`bookings.statuses.${c.row.original.status}`)}</span> },
      {
        id: 'actions',
        header: t('common.actions'),
        enableSorting: false,
        cell: (c) => (
          <button type="button" onClick={() => onOpen(c.row.original)} aria-label={t('bookings.openBooking', { kind: t(`bookings.kinds.${c.row.original.kind}`), partner: names.get(c.row.original.partnerId) ?? '', date: c.row.original.start })}>
            {t('bookings.open')}
          </button>
        ),
      },
    ],
    // i18n.language: headers and cells are worded in the current language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, names, onOpen],
  );
  // The table is rebuilt each render by design; nothing memoized reads it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows as BookingRecord[], columns, state: { sorting }, onSortingChange: setSorting, getRowId: (b) => b.id, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  return (
    <table className="data-table bookings-table" aria-label={t('bookings.title')}>
      <SortableHead table={table} />
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} className={row.original.status}>
            {row.getVisibleCells().map((cell) => <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
