import type { ReactNode } from 'react';

/** One column of a SimpleTable: its header, and what each row shows under it. */
export type SimpleColumn<T> = {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Numbers and money: right-aligned in tabular figures (the `amount` class), header and cells alike. */
  align?: 'end';
  /** The cell that names its row: a `<th scope="row">`, so a screen reader reads it with each cell. */
  rowHeader?: boolean;
  /** More classes on the column's header and on every one of its cells. */
  className?: string;
  /** More classes on its cells only, or on one row's cell (`refund` on a negative amount). */
  cellClassName?: string | ((row: T) => string | undefined);
};

/** What a row's `<tr>` carries besides its cells: a class, or a `data-` attribute for the styles. */
export type SimpleRowProps = { className?: string } & { [attribute: `data-${string}`]: string | undefined };

export type SimpleTableProps<T> = {
  columns: readonly SimpleColumn<T>[];
  rows: readonly T[];
  getRowKey: (row: T, index: number) => string;
  /**
   * The table's accessible name: a `caption` shown above it, the id of a heading that names it
   * (`labelledBy`), or a `label` read out only. A table inside a named region may go without.
   */
  caption?: ReactNode;
  labelledBy?: string;
  label?: string;
  /** Classes beside `data-table`. */
  className?: string;
  rowProps?: (row: T) => SimpleRowProps;
  /** Total rows, in a `<tfoot>`, shown through the same columns as the rows. */
  footer?: readonly T[];
  /** Shown instead of the table when there are no rows; without it, the table shows its header only. */
  empty?: ReactNode;
};

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

function Cells<T>({ columns, row }: { columns: readonly SimpleColumn<T>[]; row: T }) {
  return columns.map((c) => {
    const className = classes(c.align === 'end' && 'amount', c.className, typeof c.cellClassName === 'function' ? c.cellClassName(row) : c.cellClassName);
    return c.rowHeader ? (
      <th key={c.id} scope="row" className={className}>
        {c.cell(row)}
      </th>
    ) : (
      <td key={c.id} className={className}>
        {c.cell(row)}
      </td>
    );
  });
}

/**
 * A plain table of a few rows, without sorting or paging (those tables use @tanstack/react-table):
 * the app's `data-table` look, a header cell per column with `scope="col"`, and row headers.
 */
export function SimpleTable<T>({ columns, rows, getRowKey, caption, labelledBy, label, className, rowProps, footer, empty }: SimpleTableProps<T>) {
  if (rows.length === 0 && empty !== undefined) return <p className="empty">{empty}</p>;
  const body = (list: readonly T[]) =>
    list.map((row, index) => (
      <tr key={getRowKey(row, index)} {...rowProps?.(row)}>
        <Cells columns={columns} row={row} />
      </tr>
    ));
  return (
    <table className={classes('data-table', className)} aria-label={label} aria-labelledby={labelledBy}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.id} scope="col" className={classes(c.align === 'end' && 'amount', c.className)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{body(rows)}</tbody>
      {footer && footer.length > 0 && <tfoot>{body(footer)}</tfoot>}
    </table>
  );
}
