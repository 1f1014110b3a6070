import type { Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';

/**
 * A table's header row: each sortable column a button that toggles its order, with aria-sort
 * telling a screen reader which column the rows are sorted by.
 */
export function SortableHead<T>({ table, rowIndex }: { table: Table<T>; rowIndex?: number }) {
  const { t } = useTranslation();
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
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
}
