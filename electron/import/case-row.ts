import type { NewCase } from '../handlers/case-entry';
import type { ErrorBody, ErrorCode } from '../ipc/contract';
import type { CaseColumn } from './case-columns';
import { readCategory, readKind, readOpenedAt, readSeverity } from './case-values';

export type PartnerRef = { id: string; name: string };
export type RowValues = Record<CaseColumn, string>;
export type RowConversion = { ok: true; request: NewCase; partner: PartnerRef } | { ok: false; error: ErrorBody };

/** The same limits as a case entered by hand (newCaseRequest), so an imported case stores alike. */
const MAX_LENGTH: Partial<Record<CaseColumn, number>> = { customer: 120, vendorRef: 60, notes: 4000 };
const REQUIRED: readonly CaseColumn[] = ['partner', 'kind', 'category', 'openedAt'];

const fieldOf = (column: CaseColumn): string => (column === 'partner' ? 'partnerId' : column);

const required = (column: CaseColumn): ErrorBody => ({
  code: 'INVALID_INPUT',
  message: `${column} is required.`,
  field: fieldOf(column),
  rule: 'too_small',
  data: { minimum: 1, origin: 'string' },
});

const unreadable = (code: ErrorCode, column: CaseColumn, value: string): ErrorBody => ({
  code,
  message: `${JSON.stringify(value)} is not a valid ${column}.`,
  field: fieldOf(column),
  data: { value },
});

/** Finds the partner a file names. */
export type PartnerLookup = (text: string) => PartnerRef | undefined;

/**
 * A partner by its id or by its name as stored (case-insensitive: spreadsheets retype names);
 * the first in the list when two match. Built once per file, so a row costs two map reads.
 */
export function partnerLookup(partners: readonly PartnerRef[]): PartnerLookup {
  const byId = new Map<string, PartnerRef>();
  const byName = new Map<string, PartnerRef>();
  for (const p of partners) {
    if (!byId.has(p.id)) byId.set(p.id, p);
    const name = p.name.toLocaleLowerCase();
    if (!byName.has(name)) byName.set(name, p);
  }
  return (text) => byId.get(text) ?? byName.get(text.toLocaleLowerCase());
}

/**
 * One file row as the request `cases/open` would get, or the first reason it cannot be one.
 * Only the row's own values are checked here; the plan and quota checks (P2, P3, Q1-Q5) run
 * afterwards in buildCase, exactly as for a case entered by hand. `readTime` reads the opening
 * time (T1: Beijing time where the file gives no offset, unless the user chose another zone).
 */
export function toNewCase(values: RowValues, findPartner: PartnerLookup, readTime: (text: string) => string | null = readOpenedAt): RowConversion {
  const missing = REQUIRED.find((c) => values[c] === '');
  if (missing) return { ok: false, error: required(missing) };
  const tooLong = (Object.keys(MAX_LENGTH) as CaseColumn[]).find((c) => values[c].length > MAX_LENGTH[c]!);
  if (tooLong) {
    const maximum = MAX_LENGTH[tooLong]!;
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `${tooLong} is too long.`, field: fieldOf(tooLong), rule: 'too_big', data: { maximum, origin: 'string' } },
    };
  }
  const partner = findPartner(values.partner);
  if (!partner)
    return {
      ok: false,
      error: { code: 'UNKNOWN_PARTNER', message: `No partner named ${values.partner}.`, field: 'partnerId', data: { partner: values.partner } },
    };
  const kind = readKind(values.kind);
  if (!kind) return { ok: false, error: unreadable('UNKNOWN_CASE_KIND', 'kind', values.kind) };
  const category = readCategory(values.category);
  if (!category) return { ok: false, error: unreadable('UNKNOWN_CATEGORY', 'category', values.category) };
  const severity = values.severity === '' ? undefined : readSeverity(values.severity);
  if (severity === null) return { ok: false, error: unreadable('UNKNOWN_SEVERITY', 'severity', values.severity) };
  const openedAt = readTime(values.openedAt);
  if (!openedAt) return { ok: false, error: unreadable('UNREADABLE_TIME', 'openedAt', values.openedAt) };
  const request: NewCase = {
    partnerId: partner.id,
    customer: values.customer,
    kind,
    category,
    ...(severity ? { severity } : {}),
    openedAt,
    vendorRef: values.vendorRef,
    notes: values.notes,
  };
  return { ok: true, request, partner };
}
