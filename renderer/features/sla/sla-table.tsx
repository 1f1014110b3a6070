import { getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { severities } from '../../../core/catalog';
import type { ClockStatusKind } from '../../../core/sla';
import { statusAt, type ClockRow } from './sla-clock';
import { DueCell, LiveRemaining, SeverityCell, StatusPill } from './sla-cells';
import { SortableHead } from '../../ui/sortable-head';
import { SpacerRow, useVirtualRows, VirtualTableRow } from '../../ui/virtual-rows';

const ROW_HEIGHT = 44;
const STATUS_RANK: Record<ClockStatusKind, number> = { breached: 0, 'at-risk': 1, running: 2, missed: 3, met: 4 };
const SEVERITY_RANK = new Map(severities.map((s) => [s.id, s.rank]));

type Props = {
  rows: ClockRow[];
  /** The instant the statuses were last worked out (they change only on a transition). */
  statusNow: number;
  onOpen: (row: ClockRow) => void;
};

/**
 * C2: the board. Only the rows in view are in the page (thousands of open cases stay smooth), and
 * only the time-left cells follow the ticking clock.
 */
export function SlaTable({ rows, statusNow, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'timeLeft', desc: false }]);
  const scroller = useRef<HTMLDivElement>(null);

  const columns = useMemo<ColumnDef<ClockRow>[]>(
    () => [
      { id: 'status', header: t('sla.columns.status'), accessorFn: (r) => STATUS_RANK[statusAt(r, statusNow)], cell: (c) => <StatusPill status={statusAt(c.row.original, statusNow)} guaranteed={c.row.original.guaranteed} /> },
      // Time left orders like the due time; answered cases go last.
      { id: 'timeLeft', header: t('sla.columns.timeLeft'), accessorFn: (r) => (r.respondedMs === null ? r.dueMs : Number.MAX_SAFE_INTEGER), cell: (c) => <LiveRemaining row={c.row.original} /> },
      { id: 'due', header: t('sla.columns.due'), accessorFn: (r) => r.dueMs, cell: (c) => <DueCell iso={c.row.original.dueAt} short /> },
      { id: 'partner', header: t('sla.columns.partner'), accessorFn: (r) => r.partnerName, cell: (c) => <span>{c.row.original.partnerName}<small className="sub">{c.row.original.customer}</small></span> },
      { id: 'level', header: t('sla.columns.level'), accessorFn: (r) => r.level, cell: (c) => t(`catalog.levels.${c.row.original.level}`) },
      { id: 'severity', header: t('sla.columns.severity'), accessorFn: (r) => SEVERITY_RANK.get(r.correctedSeverity ?? r.severity ?? 'general-guidance') ?? 9, cell: (c) => <SeverityCell row={c.row.original} /> },
      { id: 'vendorRef', header: t('sla.columns.vendorRef'), accessorFn: (r) => r.vendorRef },
      {
        id: 'actions',
        header: t('common.actions'),
        enableSorting: false,
        cell: (c) => (
          <button type="button" onClick={() => onOpen(c.row.original)} aria-label={t('sla.openCase', { partner: c.row.original.partnerName, ref: c.row.original.vendorRef || c.row.original.customer })}>
            {t('sla.details')}
          </button>
        ),
      },
    ],
    // i18n.language: the headers and cells are worded in the current language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, statusNow, onOpen],
  );

  const table = useReactTable({ data: rows, columns, state: { sorting }, onSortingChange: setSorting, getRowId: (r) => r.id, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  const model = table.getRowModel().rows;
  const { items, before, after } = useVirtualRows(model.length, scroller, ROW_HEIGHT);
  const span = table.getVisibleLeafColumns().length;

  return (
    <div ref={scroller} className="sla-scroll" tabIndex={0} role="region" aria-label={t('sla.tableRegion')}>
      <table className="data-table sla-table" aria-label={t('sla.title')} aria-rowcount={model.length + 1}>
        <SortableHead table={table} rowIndex={1} />
        <tbody>
          <SpacerRow height={before} span={span} />
          {items.map((item) => {
            const row = model[item.index];
            if (!row) return null;
            return <VirtualTableRow key={row.id} cells={row.getVisibleCells()} index={item.index} height={ROW_HEIGHT} className={`sla-row ${statusAt(row.original, statusNow)}`} />;
          })}
          <SpacerRow height={after} span={span} />
        </tbody>
      </table>
    </div>
  );
}
