import { reSplitAlphaNumeric, type Row, type SortingFn, sortingFns, type SortingState } from '@tanstack/react-table';

/** A column the board can be sorted by: its id and the value it sorts a case by. */
export type SortKey<T> = { id: string; value: (row: T) => unknown };

/**
 * The rows in the order TanStack Table's sorted row model puts them (sla-sort.test.ts holds the two
 * side by side), without its row model: for 5,000 open cases that model was some 30 MB of row
 * objects, built again on every change of state and collected while the board was scrolled.
 * Each sorted column in turn, undefined values after the others, then the rows' own order.
 */
export function sortRows<T>(rows: readonly T[], sorting: SortingState, keys: readonly SortKey<T>[]): readonly T[] {
  const byId = new Map(keys.map((key) => [key.id, key]));
  const sorts = sorting.flatMap((entry) => {
    const key = byId.get(entry.id);
    if (!key) return [];
    const values = rows.map(key.value);
    return [{ id: entry.id, desc: entry.desc, values, compare: autoSortingFn(values) }];
  });
  if (rows.length === 0 || sorts.length === 0) return rows;
  const order = rows.map((_, index) => index);
  order.sort((a, b) => {
    for (const { id, desc, values, compare } of sorts) {
      const [aValue, bValue] = [values[a], values[b]];
      // TanStack's default, sortUndefined: 1.
      let result = aValue === undefined || bValue === undefined ? (aValue === bValue ? 0 : aValue === undefined ? 1 : -1) : 0;
      if (result === 0) result = compare(at(first, aValue), at(second, bValue), id);
      if (result !== 0) return desc ? -result : result;
    }
    return a - b;
  });
  return order.map((index) => rows[index]!);
}

type Holder = { value: unknown; getValue: () => unknown };
const holder = (): Holder => ({
  value: undefined,
  getValue() {
    return this.value;
  },
});
// The two values being compared, handed to TanStack's sorting functions as the rows they read.
const first = holder();
const second = holder();
const at = (h: Holder, value: unknown) => {
  h.value = value;
  return h as unknown as Row<unknown>;
};

/** TanStack's sortingFn 'auto': chosen by the values from the eleventh row on, as it does. */
function autoSortingFn(values: readonly unknown[]): SortingFn<unknown> {
  let isString = false;
  for (const value of values.slice(10)) {
    if (Object.prototype.toString.call(value) === '[object Date]') return sortingFns.datetime;
    if (typeof value === 'string') {
      isString = true;
      if (value.split(reSplitAlphaNumeric).length > 1) return sortingFns.alphanumeric;
    }
  }
  return isString ? sortingFns.text : sortingFns.basic;
}
