// Reports exported as CSV, for spreadsheet programs.

export type CsvCell = string | number | null;

/** UTF-8 byte order mark: without it spreadsheet programs read the file in a legacy code page and garble Chinese. */
export const BOM = '\uFEFF';

/** A cell a spreadsheet would run as a formula (=, +, -, @) or that starts with a tab or CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Numbers are written as numbers. Text that a spreadsheet would read as a formula
 * gets a leading apostrophe (formula injection: a partner name like "=HYPERLINK(…)" stays text),
 * and every text field is quoted: a spreadsheet whose list separator is ';' or a tab would
 * otherwise split "Acme;=1+1;" into cells, the second of them a live formula.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`A CSV number must be finite, got ${cell}.`);
    return String(cell);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return `"${text.replace(/"/g, '""')}"`;
}

export const csvLine = (cells: readonly CsvCell[]): string => cells.map(csvField).join(',');

/** One table: the header on the first line, then its rows; CRLF as RFC 4180 says. */
export function writeCsv(table: { header: readonly string[]; rows: readonly (readonly CsvCell[])[] }): string {
  return `${BOM}${[csvLine(table.header), ...table.rows.map(csvLine)].join('\r\n')}\r\n`;
}
