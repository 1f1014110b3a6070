import type { CaseRecordStored, ErrorBody, ImportCounts, ImportRow } from '../ipc/contract';
import { Refusal } from '../ipc/refusal';
import { columnTitle, mapColumns, valuesOf, type ColumnMap } from '../import/case-columns';
import { toNewCase, type RowValues } from '../import/case-row';
import { CsvError, parseCsv, type CsvRecord } from '../import/csv';
import type { DeskData } from '../store/desk-data';
import { buildCase, caseMonthOf } from './case-entry';

export type ImportCheck = { rows: ImportRow[]; accepted: CaseRecordStored[] };

type CheckInput = {
  data: Readonly<DeskData>;
  csv: string;
  /** The stored cases of a Beijing month (its partition). */
  storedInMonth: (month: string) => readonly CaseRecordStored[];
  allStored: () => readonly CaseRecordStored[];
  newId: (line: number) => string;
  now: string;
};

const fileRefusal = (code: string, message: string, data: Record<string, unknown>) => new Refusal({ code, message, field: 'csv', data });

/** The header and the rows of a file, or one refusal for the whole file. */
function readFile(csv: string): { columns: ColumnMap; records: CsvRecord[] } {
  let records: CsvRecord[];
  try {
    records = parseCsv(csv).records;
  } catch (error) {
    if (error instanceof CsvError) throw fileRefusal('CSV_UNCLOSED_QUOTE', error.message, { line: error.line });
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw fileRefusal('CSV_NO_HEADER', 'The file is empty: it needs a header line naming its columns.', {});
  const mapped = mapColumns(header.fields);
  if (!mapped.ok) {
    const columns = mapped.missing.map(columnTitle).join(', ');
    throw fileRefusal('CSV_MISSING_COLUMNS', `The file has no column for: ${columns}.`, { columns });
  }
  return { columns: mapped.columns, records: rows };
}

/** A partner's vendor reference identifies a case across imports (blank ones identify nothing). */
const refKey = (partnerId: string, vendorRef: string) => `${partnerId}\u0000${vendorRef.toLowerCase()}`;

const rowOf = (line: number, values: RowValues, outcome: ImportRow['outcome'], error?: ErrorBody): ImportRow => ({
  line,
  partnerName: values.partner,
  customer: values.customer,
  kind: values.kind,
  category: values.category,
  severity: values.severity,
  openedAt: values.openedAt,
  vendorRef: values.vendorRef,
  outcome,
  ...(error ? { error } : {}),
});

/**
 * Checks every row in file order with the same checks as `cases/open` (buildCase: P3, P2,
 * Q1-Q5, C1/C4), cumulatively: each accepted row counts toward its month's quota (Q3) for the
 * rows after it, so the 31st technical case of a Standard month is refused even when all 31
 * come from this file. A row whose partner and vendor reference are already stored (or
 * accepted earlier in the file) is a duplicate, so importing a file twice stores nothing twice.
 */
export function checkImport(input: CheckInput): ImportCheck {
  const { columns, records } = readFile(input.csv);
  const partners = input.data.partners.map((p) => ({ id: p.id, name: p.name }));
  const knownRefs = new Map<string, number | null>();
  for (const c of input.allStored()) if (c.vendorRef !== '') knownRefs.set(refKey(c.partnerId, c.vendorRef), null);
  const monthCases = new Map<string, CaseRecordStored[]>();
  const casesOf = (partnerId: string, month: string) => {
    const key = `${partnerId}\u0000${month}`;
    const cases = monthCases.get(key) ?? input.storedInMonth(month).filter((c) => c.partnerId === partnerId);
    monthCases.set(key, cases);
    return cases;
  };
  const rows: ImportRow[] = [];
  const accepted: CaseRecordStored[] = [];

  for (const { line, fields } of records) {
    const values = valuesOf(fields, columns);
    const converted = toNewCase(values, partners);
    if (!converted.ok) {
      rows.push(rowOf(line, values, 'invalid', converted.error));
      continue;
    }
    const { request, partner } = converted;
    const read: RowValues = { ...values, partner: partner.name, kind: request.kind, category: request.category, severity: request.severity ?? '', openedAt: request.openedAt };
    const ref = request.vendorRef ? refKey(partner.id, request.vendorRef) : null;
    const earlier = ref === null ? undefined : knownRefs.get(ref);
    if (earlier !== undefined) {
      const [code, data] = earlier === null ? ['DUPLICATE_CASE', { vendorRef: request.vendorRef }] : ['DUPLICATE_IN_FILE', { vendorRef: request.vendorRef, line: earlier }];
      rows.push(rowOf(line, read, 'invalid', { code, message: `The case ${request.vendorRef} of ${partner.name} is already there.`, field: 'vendorRef', data }));
      continue;
    }
    const month = caseMonthOf(request.openedAt);
    const cases = casesOf(partner.id, month);
    try {
      const record = buildCase({ data: input.data, monthCases: cases, request, id: input.newId(line), now: input.now });
      cases.push(record);
      accepted.push(record);
      if (ref !== null) knownRefs.set(ref, line);
      rows.push({ ...rowOf(line, read, 'ok'), caseId: record.id });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      // Q3: a row over the month's quota is shown as such, apart from rows that are simply wrong.
      rows.push(rowOf(line, read, error.body.code === 'TICKET_QUOTA_EXHAUSTED' ? 'refused' : 'invalid', error.body));
    }
  }
  return { rows, accepted };
}

export const countRows = (rows: readonly ImportRow[]): ImportCounts => ({
  total: rows.length,
  ok: rows.filter((r) => r.outcome === 'ok').length,
  invalid: rows.filter((r) => r.outcome === 'invalid').length,
  refused: rows.filter((r) => r.outcome === 'refused').length,
});
