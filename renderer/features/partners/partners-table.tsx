import {
  type CellContext,
  type ColumnDef,
  type FilterFn,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  type Updater,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Partner } from '@main/ipc/contract';

import { ColumnChooser } from '../../ui/column-chooser';
import { ClippedText, VirtualTable } from '../../ui/virtual-rows';
import { useTablePrefs } from '../settings/table-prefs';
import { formatInstant } from '../sla/sla-format';

import './partners.css';

const DEFAULT_SORT: SortingState = [{ id: 'name', desc: false }];
/** Every row's height in px (partners.css keeps each row on one line), and the header's with the borders. */
const ROW_HEIGHT = 40;
const HEAD_HEIGHT = 36;

/**
 * Each column's width (table-layout: fixed, so the columns stay put whichever rows are in view):
 * at 1280 px the usual texts fit; narrower, the texts are cut (whole in a tooltip), never the
 * buttons, and below the table's min-width (partners.css) it scrolls sideways. The name takes
 * what is left.
 */
const WIDTHS: Record<string, string> = { type: '152px', contactName: '8.5%', contactEmail: '17.5%', status: '80px', updatedAt: '17%', actions: '146px' };

type Props = {
  partners: Partner[];
  filter: string;
  onEdit: (partner: Partner) => void;
  onOpen: (partner: Partner) => void;
  onArchive: (partner: Partner, archived: boolean) => void;
};

/** Matches the filter text against the columns a manager searches by. */
const matchesText: FilterFn<Partner> = (row, _columnId, value: string) => {
  const needle = value.trim().toLocaleLowerCase();
  const p = row.original;
  return [p.name, p.contactName, p.contactEmail, p.contactPhone].some((text) => text.toLocaleLowerCase().includes(needle));
};

export function PartnersTable({ partners, filter, onEdit, onOpen, onArchive }: Props) {
  const { t, i18n } = useTranslation();
  // Sort order and hidden columns are the user's, kept across restarts.
  const [prefs, savePrefs] = useTablePrefs('partners');
  const sorting: SortingState = prefs.sort.length > 0 ? prefs.sort : DEFAULT_SORT;
  // One object per choice of columns: the rows' cells keep their identity while the list scrolls.
  const columnVisibility = useMemo<VisibilityState>(() => Object.fromEntries(prefs.hidden.map((id) => [id, false])), [prefs.hidden]);
  const setSorting = (updater: Updater<SortingState>) => savePrefs({ ...prefs, sort: typeof updater === 'function' ? updater(sorting) : updater });
  const setColumnVisibility = (updater: Updater<VisibilityState>) => {
    const next = typeof updater === 'function' ? updater(columnVisibility) : updater;
    savePrefs({ ...prefs, hidden: Object.keys(next).filter((id) => next[id] === false) });
  };

  const columns = useMemo<ColumnDef<Partner>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: t('partners.columns.name'),
        enableHiding: false,
        cell: (c) => (
          <button type="button" className="link strong" title={c.row.original.name} onClick={() => onOpen(c.row.original)}>
            {c.row.original.name}
          </button>
        ),
      },
      { id: 'type', accessorFn: (p) => t(`partners.types.${p.type}`), header: t('partners.columns.type'), cell: clipped },
      { id: 'contactName', accessorKey: 'contactName', header: t('partners.columns.contactName'), cell: clipped },
      { id: 'contactEmail', accessorKey: 'contactEmail', header: t('partners.columns.contactEmail'), cell: clipped },
      {
        id: 'status',
        accessorFn: (p) => (p.archived ? t('partners.status.archived') : t('partners.status.active')),
        header: t('partners.columns.status'),
        cell: clipped,
      },
      {
        id: 'updatedAt',
        accessorKey: 'updatedAt',
        header: t('partners.columns.updatedAt'),
        cell: (c) => <ClippedText text={formatInstant(c.row.original.updatedAt, i18n.language).local} />,
      },
      {
        id: 'actions',
        header: t('common.actions'),
        enableSorting: false,
        enableHiding: false,
        cell: ({ row: { original: p } }) => (
          <span className="row-actions">
            <button type="button" onClick={() => onEdit(p)} aria-label={t('partners.edit', { name: p.name })}>
              {t('partners.editShort')}
            </button>
            <button
              type="button"
              onClick={() => onArchive(p, !p.archived)}
              aria-label={p.archived ? t('partners.restore', { name: p.name }) : t('partners.archive', { name: p.name })}
            >
              {p.archived ? t('partners.restoreShort') : t('partners.archiveShort')}
            </button>
          </span>
        ),
      },
    ],
    [t, i18n.language, onEdit, onOpen, onArchive],
  );

  // TanStack Table's API cannot be memoised by the React Compiler, which this app does not use.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: partners,
    columns,
    state: { sorting, globalFilter: filter, columnVisibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    globalFilterFn: matchesText,
    getRowId: (p) => p.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  const rows = table.getRowModel().rows;
  return (
    <>
      <ColumnChooser
        columns={table
          .getAllLeafColumns()
          .filter((c) => c.getCanHide())
          .map((c) => ({ id: c.id, label: String(c.columnDef.header), visible: c.getIsVisible(), toggle: c.toggleVisibility }))}
      />
      <VirtualTable
        table={table}
        className="partners-scroll"
        tableClassName="partners-table"
        regionLabel={t('partners.tableRegion')}
        tableLabel={t('partners.title')}
        rowHeight={ROW_HEIGHT}
        headHeight={HEAD_HEIGHT}
        widths={WIDTHS}
        rowClass={(row) => (row.original.archived ? 'archived' : undefined)}
      />
      {rows.length === 0 && partners.length > 0 && <p className="empty">{t('partners.noMatch')}</p>}
    </>
  );
}

const clipped = (c: CellContext<Partner, unknown>) => <ClippedText text={String(c.getValue() ?? '')} />;
