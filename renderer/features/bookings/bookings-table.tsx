import { type ColumnDef, getCoreRowModel, getSortedRowModel, type SortingState, useReactTable } from '@tanstack/react-table';
import i18next, { type TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BookingRecord } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';
import { ClippedText, VirtualTable } from '../../ui/virtual-rows';
import { BookingWhen } from './booking-when';

/** Every row's height in px (bookings.css: the date and its detail on two lines, the rest on one), and the header's with the borders. */
const ROW_HEIGHT = 52;
const HEAD_HEIGHT = 36;

/**
 * Each column's width (table-layout: fixed, so the columns stay put whichever rows are in view):
 * the date's and the button's always fit, and below the table's min-width (bookings.css) it
 * scrolls sideways; the partner takes what is left. A title or a name too long for its column is
 * cut short, whole in a tooltip.
 */
const WIDTHS: Record<string, string> = { date: '246px', title: '22%', kind: '19%', status: '10%', actions: '100px' };

/** "Details of Key Event Assurance for Lotus Digital on Mar 13, 2026: Spring sale", the title last where there is one. */
function openBookingLabel(t: TFunction, booking: BookingRecord, partner: string, date: string, language: string): string {
  const words = { kind: t(`bookings.kinds.${booking.kind}`), partner, date: formatDate(date, language) };
  return booking.title ? t('bookings.openBookingTitled', { ...words, title: booking.title }) : t('bookings.openBooking', words);
}

type Props = { rows: readonly BookingRecord[]; names: ReadonlyMap<string, string>; onOpen: (booking: BookingRecord) => void };

/** Every booking across partners, sortable by date (filters sit above it); only the rows in view are in the page. */
export function BookingsTable({ rows, names, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: false }]);
  const columns = useMemo<ColumnDef<BookingRecord>[]>(
    () => [
      {
        id: 'date',
        header: t('bookings.columns.date'),
        accessorFn: (b) => `${b.start}${b.startTime ?? ''}`,
        cell: (c) => <BookingWhen booking={c.row.original} />,
      },
      {
        id: 'partner',
        header: t('bookings.columns.partner'),
        accessorFn: (b) => names.get(b.partnerId) ?? '',
        cell: (c) => <ClippedText text={names.get(c.row.original.partnerId) ?? ''} />,
      },
      { id: 'title', header: t('bookings.columns.title'), accessorFn: (b) => b.title, cell: (c) => <ClippedText text={c.row.original.title} /> },
      {
        id: 'kind',
        header: t('bookings.columns.kind'),
        accessorFn: (b) => b.kind,
        cell: (c) => <ClippedText text={t(`bookings.kinds.${c.row.original.kind}`)} />,
      },
      { id: 'status', header: t('bookings.columns.status'), accessorFn: (b) => b.status, cell: (c) => <BookingStatus status={c.row.original.status} /> },
      {
        id: 'actions',
        header: t('common.actions'),
        enableSorting: false,
        cell: (c) => (
          <button
            type="button"
            onClick={() => onOpen(c.row.original)}
            aria-label={openBookingLabel(t, c.row.original, names.get(c.row.original.partnerId) ?? '', c.row.original.start, i18n.language)}
          >
            {t('bookings.open')}
          </button>
        ),
      },
    ],
    // i18n.language: headers and cells are worded in the current language.
    [t, i18n.language, names, onOpen],
  );
  // The table is rebuilt each render by design; nothing memoized reads it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows as BookingRecord[],
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (b) => b.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return (
    <VirtualTable
      table={table}
      className="bookings-scroll"
      tableClassName="bookings-table"
      regionLabel={t('bookings.tableRegion')}
      tableLabel={t('bookings.title')}
      rowHeight={ROW_HEIGHT}
      headHeight={HEAD_HEIGHT}
      widths={WIDTHS}
      rowClass={(row) => row.original.status}
    />
  );
}

/**
 * A booking's status, coloured as its row; whole in a tooltip when the column is narrow. Worded
 * through i18next directly, as BookingWhen: the list's columns follow the language, and with them
 * every row.
 */
function BookingStatus({ status }: { status: BookingRecord['status'] }) {
  const text = i18next.t(`bookings.statuses.${status}`);
  return (
    <span className={`booking-status ${status}`} title={text}>
      {text}
    </span>
  );
}
