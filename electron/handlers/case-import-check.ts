import type { Subscription } from '../../core/subscription';
import type { CaseRecordStored, ErrorBody, ImportCounts, ImportRow } from '../ipc/contract';
import { Refusal } from '../ipc/refusal';
import type { CaseFile } from '../import/case-file';
import { valuesOf } from '../import/case-columns';
import { partnerLookup, toNewCase, type PartnerLookup, type RowValues } from '../import/case-row';
import { readOpenedAt } from '../import/case-values';
import { DuplicateIndex } from '../import/duplicates';
import { eachPaced, type Pacer, type Report } from '../import/pacing';
import type { DeskData } from '../store/desk-data';
import { buildCase } from './case-entry';
import { QuotaMonths } from '../import/quota-months';
import { currentSubscription, timelineOf } from './subscription-plans';

export type ImportCheck = { rows: ImportRow[]; accepted: CaseRecordStored[] };

type CheckInput = {
  data: Readonly<DeskData>;
  file: CaseFile;
  /** Every stored case: a duplicate can be in any month. */
  stored: readonly CaseRecordStored[];
  newId: (line: number) => string;
  now: string;
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
 * One partner's part of the desk (its plan and packs), built once per partner: buildCase then
 * reads a handful of records per row rather than searching the whole portfolio's.
 */
function partnerDesks(data: Readonly<DeskData>) {
  const desks = new Map<string, { data: Readonly<DeskData>; subscription: Subscription | null }>();
  return (partnerId: string) => {
    let desk = desks.get(partnerId);
    if (!desk) {
      const record = currentSubscription(data, partnerId);
      desk = {
        data: { ...data, partners: data.partners.filter((p) => p.id === partnerId), subscriptions: record ? [record] : [], packs: data.packs.filter((p) => p.partnerId === partnerId) },
        subscription: record ? timelineOf(record) : null,
      };
      desks.set(partnerId, desk);
    }
    return desk;
  };
}

/** Per partner, the instants of the rows without a vendor reference: the stored cases to index by content. */
async function unreferenced(file: CaseFile, findPartner: PartnerLookup, pace: Pacer): Promise<Map<string, Set<string>>> {
  const instants = new Map<string, Set<string>>();
  await eachPaced(file.records, pace, ({ fields }) => {
    const values = valuesOf(fields, file.columns);
    if (values.vendorRef !== '') return;
    const partner = findPartner(values.partner);
    const openedAt = readOpenedAt(values.openedAt);
    if (!partner || !openedAt) return;
    let of = instants.get(partner.id);
    if (!of) instants.set(partner.id, (of = new Set()));
    of.add(openedAt);
  });
  return instants;
}

/**
 * Checks every row in file order with the same checks as `cases/open` (buildCase: P3, P2,
 * Q1-Q5, C1/C4), cumulatively: each accepted row counts toward its month's quota (Q3) for the
 * rows after it, so the 31st technical case of a Standard month is refused even when all 31
 * come from this file. Duplicates (see DuplicateIndex) are refused before any other check.
 *
 * Linear in rows and stored cases: one pass over the stored cases, then one per row in slices
 * (see pacing.ts), each row's quota from its month's running list (QuotaMonths), duplicates by
 * key (DuplicateIndex).
 */
export async function checkImport(input: CheckInput): Promise<ImportCheck> {
  const { pace, report } = input;
  const total = input.file.records.length;
  report('checking', 0, total);
  const findPartner = partnerLookup(input.data.partners);
  const duplicates = new DuplicateIndex(await unreferenced(input.file, findPartner, pace));
  const deskOf = partnerDesks(input.data);
  const months = new QuotaMonths((partnerId) => deskOf(partnerId).subscription);
  await eachPaced(input.stored, pace, (c) => {
    duplicates.add(c);
    months.add(c);
  });
  const rows: ImportRow[] = [];
  const accepted: CaseRecordStored[] = [];

  const checkRow = ({ line, fields }: CaseFile['records'][number]) => {
    const values = valuesOf(fields, input.file.columns);
    const converted = toNewCase(values, findPartner);
    if (!converted.ok) {
      rows.push(rowOf(line, values, 'invalid', converted.error));
      return;
    }
    const { request, partner } = converted;
    const read: RowValues = { ...values, partner: partner.name, kind: request.kind, category: request.category, severity: request.severity ?? '', openedAt: request.openedAt };
    const duplicate = duplicates.check(partner, request);
    if (duplicate) {
      rows.push(rowOf(line, read, 'invalid', duplicate));
      return;
    }
    const month = months.monthOf(request.openedAt);
    const desk = deskOf(partner.id);
    try {
      const record = buildCase({ data: desk.data, monthCases: months.countedIn(partner.id, month), request, id: input.newId(line), now: input.now });
      months.accept(record, month);
      accepted.push(record);
      duplicates.accept(partner.id, request, line);
      rows.push({ ...rowOf(line, read, 'ok'), caseId: record.id });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      // Q3: a row over the month's quota is shown as such, apart from rows that are simply wrong.
      rows.push(rowOf(line, read, error.body.code === 'TICKET_QUOTA_EXHAUSTED' ? 'refused' : 'invalid', error.body));
    }
  };
  await eachPaced(input.file.records, pace, checkRow, (done) => report('checking', done, total));
  return { rows, accepted };
}

export function countRows(rows: readonly ImportRow[]): ImportCounts {
  const counted: ImportCounts = { total: rows.length, ok: 0, invalid: 0, refused: 0 };
  for (const row of rows) counted[row.outcome] += 1;
  return counted;
}
