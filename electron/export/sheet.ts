// One table of a report as both exporters write it: headers in the user's language, typed cells.

/** How a column's numbers are shown: whole counts, money in major units, or a percentage. */
export type ColumnKind = 'text' | 'count' | 'money' | 'percent';

export type SheetColumn = { readonly header: string; readonly kind: ColumnKind };

/** Text, a number written as a number, or nothing. */
export type SheetCell = string | number | null;

export type Sheet = {
  /** The sheet's name (XLSX) or its section title (CSV); at most 31 characters, as Excel allows. */
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetCell[])[];
};
