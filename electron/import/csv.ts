/**
 * A small RFC 4180 reader for the case import: quoted fields, doubled quotes, commas and line
 * breaks inside quotes, CRLF / LF / CR line ends and a UTF-8 byte-order mark. Spreadsheets in
 * locales that write decimal commas save with `;` (and "Unicode text" with tabs), so the
 * delimiter is taken from the header line. Pure: text in, records out.
 */

export type CsvDelimiter = ',' | ';' | '\t';
/** One record with the file line it starts on (1-based), so a preview can point at it. */
export type CsvRecord = { line: number; fields: string[] };
export type CsvTable = { delimiter: CsvDelimiter; records: CsvRecord[] };

/** The text cannot be read as CSV: a quote opened on `line` is never closed. */
export class CsvError extends Error {
  constructor(readonly line: number) {
    super(`The quoted field that starts on line ${line} is never closed.`);
    this.name = 'CsvError';
  }
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/** The delimiter used most often outside quotes on the first line; a comma when none is. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best), ',');
}

/** Reads CSV text; the delimiter is taken from the header line unless given (as a spreadsheet set to it would read). */
export function parseCsv(input: string, given?: CsvDelimiter): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = given ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let quoted = false;
  // A record made only of one empty field is a blank line, not a row.
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    recordLine = line;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else {
      // Lenient where RFC 4180 is strict: text after a closing quote is kept, as spreadsheets do.
      field += char;
    }
  }
  if (quoted) throw new CsvError(quoteLine);
  if (field !== '' || fields.length > 0) endRecord();
  return { delimiter, records };
}
