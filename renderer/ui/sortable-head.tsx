import type { HeaderGroup, SortingState, Table } from '@tanstack/react-table';
import { memo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table's header row: each sortable column a button that toggles its order, with aria-sort
 * telling a screen reader which column the rows are sorted by.
 */
export function SortableHead<T>({ table, rowIndex }: { table: Table<T>; rowIndex?: number }) {
  return <HeadRows groups={table.getHeaderGroups()} sorting={table.getState().sorting} rowIndex={rowIndex} />;
}

type HeadProps<T> = {
  /** The table's header groups: a new array whenever its columns change (their words, which are shown). */
  groups: HeaderGroup<T>[];
  /** Not read here (each column reads its own order), but a new order renders the arrows again. */
  sorting: SortingState;
  rowIndex: number | undefined;
};

/**
 * The header rows themselves, memoised on the columns and the order: a long list scrolled renders
 * its table again each frame, and its header would otherwise be worded again with it.
 */
const HeadRows = memo(function HeadRows<T>({ groups, rowIndex }: HeadProps<T>) {
  const { t } = useTranslation();
  return (
    <thead>
      {groups.map((group) => (
        <tr key={group.id} aria-rowindex={rowIndex}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const label = String(header.column.columnDef.header);
            return (
              <th key={header.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                {header.column.getCanSort() ? (
                  <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()} title={t('common.sortBy', { column: label })}>
                    {label}
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                  </button>
                ) : (
                  label
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}) as <T>(props: HeadProps<T>) => ReactElement;
