import type { ErrorCode } from '../ipc/contract';
import { Refusal } from '../ipc/refusal';
import { type ColumnMap, columnTitle, mapColumns } from './case-columns';
import { CsvError, CsvReader, type CsvRecord } from './csv';
import type { Pacer, Report } from './pacing';

/** A file's columns and its rows (the header left out), in file order. */
export type CaseFile = { columns: ColumnMap; records: CsvRecord[] };

const fileRefusal = (code: Extract<ErrorCode, `CSV_${string}`>, message: string, data: Record<string, unknown>) =>
  new Refusal({ code, message, field: 'csv', data });

/**
 * Reads an import file in one pass, a slice at a time, reporting the characters read: the
 * header and the rows, or one refusal for the whole file (no header, a required column
 * missing, a quote never closed).
 */
export async function readCaseFile(csv: string, pace: Pacer, report: Report): Promise<CaseFile> {
  const reader = new CsvReader(csv);
  const records: CsvRecord[] = [];
  report('reading', 0, reader.length);
  try {
    for (let record = reader.next(); record; record = reader.next()) {
      records.push(record);
      if (pace.due()) {
        report('reading', reader.position, reader.length);
        await pace.breathe();
      }
    }
  } catch (error) {
    if (error instanceof CsvError) throw fileRefusal('CSV_UNCLOSED_QUOTE', error.message, { line: error.line });
    throw error;
  }
  report('reading', reader.length, reader.length);
  const [header, ...rows] = records;
  if (!header) throw fileRefusal('CSV_NO_HEADER', 'The file is empty: it needs a header line naming its columns.', {});
  const mapped = mapColumns(header.fields);
  if (!mapped.ok) {
    const columns = mapped.missing.map(columnTitle).join(', ');
    throw fileRefusal('CSV_MISSING_COLUMNS', `The file has no column for: ${columns}.`, { columns });
  }
  return { columns: mapped.columns, records: rows };
}
