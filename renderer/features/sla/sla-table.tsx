import { type ColumnDef, getCoreRowModel, type SortingState, useReactTable } from '@tanstack/react-table';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { severities } from '@core/catalog';
import type { ClockStatusKind } from '@core/sla';
import type { en } from '@locales/en';

import { SortableHead } from '../../ui/sortable-head';
import { SpacerRow, useVirtualRows } from '../../ui/virtual-rows';
import { word } from './sla-cells';
import { type ClockRow, statusAt } from './sla-clock';
import { useReveal } from './sla-reveal';
import { type ColumnId, ROW_HEIGHT, SlaRow } from './sla-row';
import { type SortKey, sortRows } from './sla-sort';

const STATUS_RANK: Record<ClockStatusKind, number> = { breached: 0, 'at-risk': 1, running: 2, missed: 3, met: 4 };
const SEVERITY_RANK = new Map(severities.map((s) => [s.id, s.rank]));
/** The columns whose values are texts (the others sort by numbers). */
const TEXT_COLUMNS = new Set(['partner', 'level', 'vendorRef']);
/** The table's own rows: none (see sortRows). */
const NO_ROWS: ClockRow[] = [];

/**
 * Each column's width in px, in each language (table-layout: fixed: the table is laid out without
 * measuring its cells, and the columns stay put whichever rows are in view). Together they fit the
 * 1,000 px or so a 1280 px window leaves the board beside the navigation (with its scroll bar), and
 * a wider window shares out the rest in proportion. Each is as wide as its usual longest text
 * (a time left on two lines, a severity in short); a longer partner, customer or vendor reference
 * is cut with an ellipsis and whole in its tooltip (the partner also in its button's name).
 */
const WIDTHS: Record<string, Record<ColumnId, number>> = {
  en: { status: 110, timeLeft: 116, due: 168, partner: 190, level: 84, severity: 148, vendorRef: 150 },
  'zh-CN': { status: 104, timeLeft: 120, due: 164, partner: 200, level: 64, severity: 124, vendorRef: 152 },
};

type Props = {
  rows: ClockRow[];
  /** The instant the statuses were last worked out (they change only on a transition). */
  statusNow: number;
  onOpen: (row: ClockRow) => void;
  /** Copies a breached case's escalation. */
  onCopy: (row: ClockRow) => void;
  /** A case to bring into view, highlight and focus (one just logged), or null. */
  revealId: string | null;
};

/**
 * C2: the board. Only the rows in view are in the page (thousands of open cases stay smooth), and
 * only the time-left cells follow the ticking clock.
 */
export function SlaTable({ rows, statusNow, onOpen, onCopy, revealId }: Props) {
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
    () =>
      keys.map(
        (key): ColumnDef<ClockRow> => ({
          id: key.id,
          header: t(`sla.columns.${key.id as keyof typeof en.sla.columns}`),
          accessorFn: key.value,
          // The first click's order, as TanStack gives it when it holds the rows: texts A to Z first, numbers high to low.
          sortDescFirst: !TEXT_COLUMNS.has(key.id),
        }),
      ),
    // i18n.language: the headers are worded in the current language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, keys],
  );

  // The table gives the header and its sorting; the rows are sorted here (sla-sort.ts), without
  // a row model. TanStack Table's API cannot be memoised by the React Compiler, which this app
  // does not use.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: NO_ROWS,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
  });
  const sorted = useMemo(() => sortRows(rows, sorting, keys), [rows, sorting, keys]);
  const { items, before, after } = useVirtualRows(sorted.length, scroller, ROW_HEIGHT);
  // One array per set of columns: the rows keep their props while the board scrolls.
  const visible = table.getVisibleLeafColumns();
  const ids = useMemo(() => visible.map((c) => c.id as ColumnId), [visible]);
  const widths = WIDTHS[i18n.language] ?? WIDTHS.en!;
  useReveal(scroller, sorted, revealId, items);

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
            const status = statusAt(row, statusNow);
            return (
              <SlaRow
                key={row.id}
                row={row}
                index={item.index}
                status={status}
                columns={ids}
                language={i18n.language}
                highlighted={row.id === revealId}
                onOpen={onOpen}
                onCopy={onCopy}
              />
            );
          })}
          <SpacerRow height={after} span={ids.length} />
        </tbody>
      </table>
    </div>
  );
}
