// Checks the browser makes on ad-hoc input before asking main (M3/M4), one problem per field.
import { isLevel, type Level } from '@core/catalog';
import type { BillingMode } from '@core/subscription';
import { addDays, isIsoDate } from '@core/time';

import { parseMoney } from '../../ui/money';

export type AdhocFields = {
  periodStart: string;
  periodEnd: string;
  segmentStart: string;
  paid: string;
  billing: BillingMode;
  level: Level;
};

export type FieldName = 'source' | 'periodStart' | 'periodEnd' | 'segmentStart' | 'paid' | 'on';

/** A translation key under proration.problems, with what its sentence needs. */
export type FieldProblem = { readonly field: FieldName; readonly key: string; readonly data?: Readonly<Record<string, string>> };

export type AdhocInput = {
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly segmentStart: string;
  readonly segmentPaid: number;
  readonly billing: BillingMode;
  readonly level: Level;
};

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** M4: the change date must fall in [segmentStart, periodEnd); `until` is the last day allowed. */
export function checkDateInSegment(on: string, segmentStart: string, periodEnd: string): FieldProblem | null {
  if (!isIsoDate(on)) return { field: 'on', key: 'dateRequired' };
  if (on < segmentStart || on >= periodEnd) return { field: 'on', key: 'dateOutside', data: { from: segmentStart, until: addDays(periodEnd, -1) } };
  return null;
}

export function checkAdhoc(fields: AdhocFields, on: string, currency: string): Checked<AdhocInput> {
  const problems: FieldProblem[] = [];
  const { periodStart, periodEnd } = fields;
  // The segment is the whole period unless the user says otherwise (M4).
  const segmentStart = fields.segmentStart === '' ? periodStart : fields.segmentStart;
  if (!isIsoDate(periodStart)) problems.push({ field: 'periodStart', key: 'dateRequired' });
  if (!isIsoDate(periodEnd)) problems.push({ field: 'periodEnd', key: 'dateRequired' });
  else if (isIsoDate(periodStart) && periodEnd <= periodStart) problems.push({ field: 'periodEnd', key: 'endBeforeStart' });
  const periodOk = problems.length === 0;
  if (!isIsoDate(segmentStart)) problems.push({ field: 'segmentStart', key: 'dateRequired' });
  else if (periodOk && (segmentStart < periodStart || segmentStart >= periodEnd)) problems.push({ field: 'segmentStart', key: 'segmentOutside' });
  const segmentPaid = parseMoney(fields.paid, currency);
  if (segmentPaid === null) problems.push({ field: 'paid', key: 'amountNotNumber' });
  if (problems.length === 0) {
    const dateProblem = checkDateInSegment(on, segmentStart, periodEnd);
    if (dateProblem) problems.push(dateProblem);
  } else if (!isIsoDate(on)) problems.push({ field: 'on', key: 'dateRequired' });
  if (problems.length > 0 || segmentPaid === null || !isLevel(fields.level)) return { ok: false, problems };
  return { ok: true, value: { periodStart, periodEnd, segmentStart, segmentPaid, billing: fields.billing, level: fields.level } };
}
