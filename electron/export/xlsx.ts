// The one place that knows the XLSX library (exceljs), so it can be swapped without touching reports.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

import type { ColumnKind, Sheet } from './sheet';

/** Number formats per column kind; money is written in major units (M1: converted exactly from minor units). */
function numberFormat(kind: ColumnKind, moneyDigits: number): string | undefined {
  if (kind === 'money') return moneyDigits === 0 ? '#,##0' : `#,##0.${'0'.repeat(moneyDigits)}`;
  if (kind === 'percent') return '0.00';
  if (kind === 'count') return '0';
  return undefined;
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * A real .xlsx workbook: one worksheet per sheet, a bold header row, numbers as numeric cells.
 * Written by exceljs's streaming writer: each row goes out as it is added (its zip is Node's
 * zlib), where the in-memory workbook held every cell and styled each again when written.
 */
export async function writeWorkbook(sheets: readonly Sheet[], options: { moneyDigits: number }): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Partner Support Desk';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c) => {
      const numFmt = numberFormat(c.kind, options.moneyDigits);
      return { header: c.header, width: Math.max(10, Math.min(40, c.header.length * 2 + 2)), ...(numFmt ? { style: { numFmt } } : {}) };
    });
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    for (const row of sheet.rows) worksheet.addRow([...row]).commit();
    worksheet.commit();
  }
  await workbook.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Reads a workbook back as plain cells, sheet by sheet (tests check what a spreadsheet would see). */
export async function readWorkbook(bytes: Uint8Array): Promise<{ name: string; rows: (string | number | null)[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: (string | number | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: (string | number | null)[] = [];
      for (let i = 1; i <= ws.columnCount; i++) {
        const value = row.getCell(i).value;
        cells.push(typeof value === 'number' || typeof value === 'string' ? value : value === null || value === undefined ? null : String(value));
      }
      rows.push(cells);
    });
    return { name: ws.name, rows };
  });
}
