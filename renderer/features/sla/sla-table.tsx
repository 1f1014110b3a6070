import { getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import i18next from 'i18next';
import { memo, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { severities } from '../../../core/catalog';
import type { ClockStatusKind } from '../../../core/sla';
import { statusAt, type ClockRow } from './sla-clock';
import { DueCell, LiveRemaining, SeverityCell, StatusPill, word } from './sla-cells';
import { sortRows, type SortKey } from './sla-sort';
import { SortableHead } from '../../ui/sortable-head';
import { SpacerRow, useVirtualRows } from '../../ui/virtual-rows';

/**
 * Every row's height in px: the tallest cells hold two lines (a time and its Beijing time, a
 * partner and its customer, a status and "not guaranteed"), 51 px with the padding and the line
 * below. Each row is given exactly this height, so the rows rendered always sit where the spacers
 * say the rows they stand for would: nothing in view moves, or is painted again, as rows come and go.
 */
const ROW_HEIGHT = 52;
const ROW_STYLE: CSSProperties = { height: ROW_HEIGHT };
const STATUS_RANK: Record<ClockStatusKind, number> = { breached: 0, 'at-risk': 1, running: 2, missed: 3, met: 4 };
const SEVERITY_RANK = new Map(severities.map((s) => [s.id, s.rank]));
/** The columns whose values are texts (the others sort by numbers). */
const TEXT_COLUMNS = new Set(['partner', 'level', 'vendorRef']);
/** The table's own rows: none (see sortRows). */
const NO_ROWS: ClockRow[] = [];

type ColumnId = 'status' | 'timeLeft' | 'due' | 'partner' | 'level' | 'severity' | 'vendorRef' | 'actions';

/**
 * Each column's width in px, in each language (table-layout: fixed: the table is laid out without
 * measuring its cells, and the columns stay put whichever rows are in view): as wide as its
 * longest text on a large board, with some room for other fonts; the partner and the severity at
 * most 210 px, as before, cut with an ellipsis beyond (the severity whole in its tooltip). The
 * table is at least as wide as its columns (it scrolls sideways below that) and shares out the rest.
 */
const WIDTHS: Record<string, Record<ColumnId, number>> = {
  en: { status: 138, timeLeft: 210, due: 176, partner: 210, level: 86, severity: 210, vendorRef: 160, actions: 98 },
  'zh-CN': { status: 130, timeLeft: 166, due: 176, partner: 196, level: 64, severity: 192, vendorRef: 160, actions: 78 },
};

// The cells read i18next directly rather than through useTranslation (see sla-cells.tsx): each
// row is rendered again when the language changes, since it is one of the row's props.
const { t } = i18next;

/** What a row shows in each column; the header's columns give the order. */
const CELLS: Record<ColumnId, (row: ClockRow, status: ClockStatusKind, onOpen: (row: ClockRow) => void) => ReactNode> = {
  status: (row, status) => <StatusPill status={status} guaranteed={row.guaranteed} />,
  timeLeft: (row) => <LiveRemaining row={row} />,
  due: (row) => <DueCell iso={row.dueAt} short />,
  partner: (row) => (
    <span>
      {row.partnerName}
      <small className="sub">{row.customer}</small>
    </span>
  ),
  level: (row) => word(`catalog.levels.${row.level}`),
  severity: (row) => <SeverityCell row={row} />,
  vendorRef: (row) => row.vendorRef,
  actions: (row, _status, onOpen) => (
    <button type="button" onClick={() => onOpen(row)} aria-label={t('sla.openCase', { partner: row.partnerName, ref: row.vendorRef || row.customer })}>
      {word('sla.details')}
    </button>
  ),
};

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

  // What each column sorts by; the statuses are those worked out at statusNow.
  const keys = useMemo<SortKey<ClockRow>[]>(
    () => [
      { id: 'status', value: (r) => STATUS_RANK[statusAt(r, statusNow)] },
      // Time left orders like the due time; answered cases go last.
      { id: 'timeLeft', value: (r) => (r.respondedMs === null ? r.dueMs : Number.MAX_SAFE_INTEGER) },
      { id: 'due', value: (r) => r.dueMs },
      { id: 'partner', value: (r) => r.partnerName },
      { id: 'level', value: (r) => r.level },
      { id: 'severity', value: (r) => SEVERITY_RANK.get(r.correctedSeverity ?? r.severity ?? 'general-guidance') ?? 9 },
      { id: 'vendorRef', value: (r) => r.vendorRef },
    ],
    [statusNow],
  );
  const columns = useMemo<ColumnDef<ClockRow>[]>(
    () => [
      ...keys.map((key): ColumnDef<ClockRow> => ({
        id: key.id,
        header: t(`sla.columns.${key.id}`),
        accessorFn: key.value,
        // The first click's order, as TanStack gives it when it holds the rows: texts A to Z first, numbers high to low.
        sortDescFirst: !TEXT_COLUMNS.has(key.id),
      })),
      { id: 'actions', header: t('common.actions'), enableSorting: false },
    ],
    // i18n.language: the headers are worded in the current language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, keys],
  );

  // The table gives the header and its sorting; the rows are sorted here (sla-sort.ts), without
  // a row model. TanStack Table's API cannot be memoised by the React Compiler, which this app
  // does not use.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: NO_ROWS, columns, state: { sorting }, onSortingChange: setSorting, manualSorting: true, getCoreRowModel: getCoreRowModel() });
  const sorted = useMemo(() => sortRows(rows, sorting, keys), [rows, sorting, keys]);
  const { items, before, after } = useVirtualRows(sorted.length, scroller, ROW_HEIGHT);
  // One array per set of columns: the rows keep their props while the board scrolls.
  const visible = table.getVisibleLeafColumns();
  const ids = useMemo(() => visible.map((c) => c.id as ColumnId), [visible]);
  const widths = WIDTHS[i18n.language] ?? WIDTHS.en!;

  return (
    <div ref={scroller} className="sla-scroll" tabIndex={0} role="region" aria-label={word('sla.tableRegion')}>
      <table className="data-table sla-table" aria-label={word('sla.title')} aria-rowcount={sorted.length + 1}>
        <colgroup>
          {ids.map((id) => (
            <col key={id} style={{ width: widths[id] }} />
          ))}
        </colgroup>
        <SortableHead table={table} rowIndex={1} />
        <tbody>
          <SpacerRow height={before} span={ids.length} />
          {items.map((item) => {
            const row = sorted[item.index];
            if (!row) return null;
            return <SlaRow key={row.id} row={row} index={item.index} status={statusAt(row, statusNow)} columns={ids} language={i18n.language} onOpen={onOpen} />;
          })}
          <SpacerRow height={after} span={ids.length} />
        </tbody>
      </table>
    </div>
  );
}

type RowProps = {
  row: ClockRow;
  /** The row's place in the whole board (the header is row 1 for assistive technology). */
  index: number;
  status: ClockStatusKind;
  columns: readonly ColumnId[];
  /** The cells are worded in this language: a new one renders the row again. */
  language: string;
  onOpen: (row: ClockRow) => void;
};

/**
 * One case's row. Memoised on the case, its place, its status and the language: while the board
 * scrolls only the rows coming into view render, and a tick renders only the time-left cells.
 */
const SlaRow = memo(function SlaRow({ row, index, status, columns, onOpen }: RowProps) {
  return (
    <tr aria-rowindex={index + 2} style={ROW_STYLE} className={`sla-row ${status}`}>
      {columns.map((id) => (
        <td key={id}>{CELLS[id](row, status, onOpen)}</td>
      ))}
    </tr>
  );
});
