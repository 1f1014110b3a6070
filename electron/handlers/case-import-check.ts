import type { Subscription } from '@core/subscription';

import { valuesOf } from '../import/case-columns';
import type { CaseFile } from '../import/case-file';
import { type PartnerLookup, partnerLookup, type RowValues, toNewCase } from '../import/case-row';
import { DuplicateIndex, type FileKeys } from '../import/duplicates';
import { eachPaced, type Pacer, type Report } from '../import/pacing';
import { QuotaMonths } from '../import/quota-months';
import type { ErrorBody, ImportCounts, ImportRow } from '../ipc/contract';
import { refuse } from '../ipc/refusal';
import type { CaseFacts } from '../store/case-facts';
import { inBatches } from '../store/checksummed-file';
import type { DeskData } from '../store/desk-data';
import type { StoredCase } from '../store/records/cases';
import { caseMonthOf, newCaseRecord } from './case-entry';
import { partnerTimeline } from './subscription-plans';

export type ImportCheck = { rows: ImportRow[]; accepted: StoredCase[] };

/**
 * The stored cases as the import reads them: each Beijing day's facts (from the index, see
 * CaseFacts) for the quota counts and the vendor references of all time, and a day's cases only
 * where a row without a reference could be one of them.
 */
export type StoredCases = {
  days(): readonly string[];
  factsOf(day: string): Promise<CaseFacts | undefined>;
  casesOf(day: string): Promise<readonly StoredCase[]>;
};

type CheckInput = {
  data: Readonly<DeskData>;
  file: CaseFile;
  stored: StoredCases;
  /** The ids of the cases to store; a preview has none (its rows carry no case id: nothing is stored). */
  newId?: () => string;
  now: string;
  /** T1: a file time as a UTC instant (see openedAtReader), or null when unreadable. */
  readTime: (text: string) => string | null;
  pace: Pacer;
  report: Report;
};

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
 * One partner's part of the desk (its plan and packs), built once per partner: newCaseRecord then
 * reads a handful of packs per row rather than searching the whole portfolio's.
 */
function partnerDesks(data: Readonly<DeskData>) {
  const desks = new Map<string, { data: Readonly<DeskData>; subscription: Subscription | null }>();
  return (partnerId: string) => {
    let desk = desks.get(partnerId);
    if (!desk) {
      desk = { data: { ...data, packs: data.packs.filter((p) => p.partnerId === partnerId) }, subscription: partnerTimeline(data, partnerId) };
      desks.set(partnerId, desk);
    }
    return desk;
  };
}

/** Per partner, what the stored cases are looked up by (see FileKeys). */
async function fileKeys(file: CaseFile, findPartner: PartnerLookup, readTime: CheckInput['readTime'], pace: Pacer): Promise<FileKeys> {
  const keys = { referenced: new Map<string, Set<string>>(), unreferenced: new Map<string, Set<string>>() };
  const add = (to: Map<string, Set<string>>, partnerId: string, key: string) => {
    const of = to.get(partnerId);
    if (of) of.add(key);
    else to.set(partnerId, new Set([key]));
  };
  await eachPaced(file.records, pace, ({ fields }) => {
    const values = valuesOf(fields, file.columns);
    const partner = findPartner(values.partner);
    if (!partner) return;
    if (values.vendorRef !== '') return add(keys.referenced, partner.id, values.vendorRef.toLowerCase());
    const openedAt = readTime(values.openedAt);
    if (openedAt) add(keys.unreferenced, partner.id, openedAt);
  });
  return keys satisfies FileKeys;
}

/** Every day's facts, the references into `duplicates`, then the cases of the days it asks for. */
async function readStored(stored: StoredCases, duplicates: DuplicateIndex, pace: Pacer): Promise<Map<string, CaseFacts>> {
  const facts = new Map<string, CaseFacts>();
  const wanted: string[] = [];
  for (const day of stored.days()) {
    const of = await stored.factsOf(day);
    if (!of) continue;
    facts.set(day, of);
    for (const [partnerId, { r, o }] of Object.entries(of)) {
      for (const ref of r) duplicates.addRef(partnerId, ref);
      if (wanted.at(-1) !== day && duplicates.wantsDay(partnerId, day, o)) wanted.push(day);
    }
    if (pace.due()) await pace.breathe();
  }
  await inBatches(wanted, async (day) => {
    for (const c of await stored.casesOf(day)) duplicates.addContent(c);
    if (pace.due()) await pace.breathe();
  });
  return facts;
}

/**
 * Checks every row in file order with the same checks as `cases/open` (newCaseRecord: S5, P3,
 * P2, Q1-Q5, C1/C4), cumulatively: each accepted row counts toward its month's quota (Q3) for the
 * rows after it, so the 31st technical case of a Standard month is refused even when all 31
 * come from this file. Duplicates (see DuplicateIndex) are refused before any other check.
 *
 * Linear in rows: the stored cases through the index's facts of each day (reading only the days
 * where a row without a reference could match by content), then one pass over the rows in
 * slices (see pacing.ts), each row's quota from its month's running count (QuotaMonths),
 * duplicates by key (DuplicateIndex).
 */
export async function checkImport(input: CheckInput): Promise<ImportCheck> {
  const { pace, report } = input;
  const total = input.file.records.length;
  report('checking', 0, total);
  const findPartner = partnerLookup(input.data.partners);
  const duplicates = new DuplicateIndex(await fileKeys(input.file, findPartner, input.readTime, pace));
  const deskOf = partnerDesks(input.data);
  const months = new QuotaMonths((partnerId) => deskOf(partnerId).subscription, await readStored(input.stored, duplicates, pace));
  const rows: ImportRow[] = [];
  const accepted: StoredCase[] = [];

  const checkRow = ({ line, fields }: CaseFile['records'][number]) => {
    const values = valuesOf(fields, input.file.columns);
    const converted = toNewCase(values, findPartner, input.readTime);
    if (!converted.ok) {
      rows.push(rowOf(line, values, 'invalid', converted.error));
      return;
    }
    const { request, partner } = converted;
    // From here the row is shown as read (valuesOf made `values` for this row alone): the
    // partner's stored name, the ids of kind, category and severity, the instant in UTC.
    values.partner = partner.name;
    values.kind = request.kind;
    values.category = request.category;
    values.severity = request.severity ?? '';
    values.openedAt = request.openedAt;
    const duplicate = duplicates.check(partner, request);
    if (duplicate) {
      rows.push(rowOf(line, values, 'invalid', duplicate));
      return;
    }
    const month = caseMonthOf(request.openedAt);
    const desk = deskOf(partner.id);
    const built = newCaseRecord({
      data: desk.data,
      subscription: desk.subscription,
      usedThisMonth: months.usedIn(partner.id, month),
      request,
      id: input.newId?.() ?? `line-${line}`,
      now: input.now,
    });
    if (!built.ok) {
      // Q3: a row over the month's quota is shown as such, apart from rows that are simply wrong.
      rows.push(rowOf(line, values, built.error.code === 'TICKET_QUOTA_EXHAUSTED' ? 'refused' : 'invalid', refuse(built.error).body));
      return;
    }
    const record = built.value;
    months.accept(record, month);
    accepted.push(record);
    duplicates.accept(partner.id, request, line);
    const row = rowOf(line, values, 'ok');
    if (input.newId) row.caseId = record.id;
    rows.push(row);
  };
  await eachPaced(input.file.records, pace, checkRow, (done) => report('checking', done, total));
  return { rows, accepted };
}

export function countRows(rows: readonly ImportRow[]): ImportCounts {
  const counted: ImportCounts = { total: rows.length, ok: 0, invalid: 0, refused: 0 };
  for (const row of rows) counted[row.outcome] += 1;
  return counted;
}
