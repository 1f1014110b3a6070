import { type Cell, flexRender, type Row, type Table } from '@tanstack/react-table';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { type CSSProperties, memo, type ReactElement, type RefObject, useRef } from 'react';

import { SortableHead } from './sortable-head';

/** Rows rendered beyond each edge of the view: a fast scroll never shows an empty strip. */
const OVERSCAN = 8;

export type VirtualRows = {
  /** The rows to render now, in order: `index` is the row's place in the whole list. */
  items: VirtualItem[];
  /** Heights, in px, of the spacer rows standing for the rows above and below those rendered. */
  before: number;
  after: number;
  /** Height, in px, of every row together. */
  total: number;
};

/**
 * The rows of a long table that are in view (and a few either side) while `scroller` scrolls,
 * for tables whose rows all have the same fixed height: the rest of the list is two spacer rows.
 * The scroller is the table's own focusable region (see SpacerRow and VirtualTableRow).
 */
export function useVirtualRows(count: number, scroller: RefObject<HTMLElement | null>, rowHeight: number): VirtualRows {
  // The virtualizer re-renders the caller itself; only plain values (items, heights) leave this hook.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: OVERSCAN });
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const before = items[0]?.start ?? 0;
  const after = total - (items.at(-1)?.end ?? 0);
  return { items, before, after, total };
}

/** A row standing for rows not rendered: hidden from assistive technology, as tall as they are. */
export function SpacerRow({ height, span }: { height: number; span: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="spacer-row" style={{ height }}>
      <td colSpan={span} />
    </tr>
  );
}

type RowProps<T> = { cells: Cell<T, unknown>[]; index: number; height: number; className?: string };

/**
 * One rendered row, at its place in the whole list for assistive technology (the header row is
 * row 1). Memoised: while scrolling only the rows that come into view render; a row's cells keep
 * their identity until the data, the columns or the visible columns change.
 */
export const VirtualTableRow = memo(function VirtualTableRow<T>({ cells, index, height, className }: RowProps<T>) {
  return (
    <tr aria-rowindex={index + 2} style={{ height }} className={className}>
      {cells.map((cell) => (
        <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
      ))}
    </tr>
  );
}) as <T>(props: RowProps<T>) => ReactElement;

/**
 * The scroll container's height when the list is short: the header and every row, so a short
 * list takes only its room (the CSS caps it at the view's height). Set as `--rows-height`.
 */
function rowsHeightStyle(headerHeight: number, total: number): CSSProperties {
  return { '--rows-height': `${headerHeight + total}px` } as CSSProperties;
}

/** A cell's text on one line, cut with an ellipsis when its column is narrower, whole in its tooltip. */
export function ClippedText({ text }: { text: string }) {
  return <span title={text}>{text}</span>;
}

type VirtualTableProps<T> = {
  table: Table<T>;
  /** The scroll container's class (its height and the table's min-width live in the feature's CSS). */
  className: string;
  /** The table's own class, beside data-table. */
  tableClassName: string;
  regionLabel: string;
  tableLabel: string;
  rowHeight: number;
  /** The header row's height with its borders: a short list's container is exactly as tall as its rows. */
  headHeight: number;
  /** Each column's width (table-layout: fixed, so the columns stay put whichever rows are in view). */
  widths: Readonly<Record<string, string>>;
  rowClass?: (row: Row<T>) => string | undefined;
};

/**
 * A sortable table of fixed-height rows in its own focusable scroll region, with only the rows
 * in view (and a few either side) in the page: the partners table and the bookings list.
 */
export function VirtualTable<T>({ table, className, tableClassName, regionLabel, tableLabel, rowHeight, headHeight, widths, rowClass }: VirtualTableProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const model = table.getRowModel().rows;
  const { items, before, after, total } = useVirtualRows(model.length, scroller, rowHeight);
  const visible = table.getVisibleLeafColumns();
  return (
    <div
      ref={scroller}
      className={`virtual-scroll ${className}`}
      tabIndex={0}
      role="region"
      aria-label={regionLabel}
      style={rowsHeightStyle(headHeight, total)}
    >
      <table className={`data-table virtual-table ${tableClassName}`} aria-label={tableLabel} aria-rowcount={model.length + 1}>
        <colgroup>
          {visible.map((c) => (
            <col key={c.id} style={{ width: widths[c.id] }} />
          ))}
        </colgroup>
        <SortableHead table={table} rowIndex={1} />
        <tbody>
          <SpacerRow height={before} span={visible.length} />
          {items.map((item) => {
            const row = model[item.index];
            if (!row) return null;
            const rowClassName = rowClass?.(row);
            return (
              <VirtualTableRow
                key={row.id}
                cells={row.getVisibleCells()}
                index={item.index}
                height={rowHeight}
                {...(rowClassName ? { className: rowClassName } : {})}
              />
            );
          })}
          <SpacerRow height={after} span={visible.length} />
        </tbody>
      </table>
    </div>
  );
}
