import { bookingOverruns } from '@core/booking';
import { monthsOverQuota } from '@core/quota';

import { asCoreBookings } from '../handlers/booking-records';
import { asQuotaCases } from '../handlers/case-entry';
import { currentSubscription, timelineOf } from '../handlers/subscription-plans';
import { pacer } from '../import/pacing';
import type { HandoverProblem } from '../ipc/contract/handover';
import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import type { PartnerMerge } from './merge-plan';

type Records = { data: Readonly<DeskData>; cases: readonly StoredCase[]; bookings: readonly StoredBooking[] };

/**
 * Q3 and B1-B3 over one partner's records, counted by core as the quota view and the booking
 * forms count them, under the partner's subscription in force (S1: its latest record).
 */
function overruns(partnerId: string, partnerName: string, { data, cases, bookings }: Records): HandoverProblem[] {
  const record = currentSubscription(data, partnerId);
  if (!record) return [];
  const subscription = timelineOf(record);
  const packs = data.packs.filter((p) => p.partnerId === partnerId);
  const of = { partnerId, partnerName };
  // Q3: 30 + 10 per pack of the month, while Standard is in force (Q5); voided cases do not count (Q4).
  const quota = monthsOverQuota({ subscription, cases: asQuotaCases(cases), packs }).map(
    (month): HandoverProblem => ({ kind: 'quota-over', rule: 'Q3', ...of, period: month.month, count: month.used, limit: month.limit! }),
  );
  const booked = bookingOverruns(subscription, asCoreBookings(bookings)).map(
    (o): HandoverProblem => ({ kind: o.kind, rule: o.rule, ...of, period: o.period, count: o.count, limit: o.limit }),
  );
  return [...quota, ...booked];
}

/** M8: a recorded charge is never changed by a merge: this desk's stays, and the difference is shown. */
const chargesDiffering = (merge: PartnerMerge, partnerName: string): HandoverProblem[] =>
  merge.lists.charges.kept.map(({ desk }) => ({
    kind: 'charge-differs',
    rule: desk.rule,
    partnerId: desk.partnerId,
    partnerName,
    period: desk.date,
    recordId: desk.id,
  }));

/**
 * What the merge would put over a limit for one partner of the file: the problems of its merged
 * records, less those this desk has already as they are (same kind and period, no more over),
 * then every recorded charge that differs.
 */
function partnerProblems(merge: PartnerMerge, before: Readonly<DeskData>, after: Readonly<DeskData>): HandoverProblem[] {
  const id = merge.entry.partner.id;
  const name = (after.partners.find((p) => p.id === id) ?? merge.entry.partner).name;
  const merged = overruns(id, name, { data: after, cases: merge.lists.cases.merged, bookings: merge.lists.bookings.merged });
  const already = merge.before ? overruns(id, name, { data: before, cases: merge.deskCases, bookings: merge.deskBookings }) : [];
  const isNews = (p: HandoverProblem) => !already.some((a) => a.kind === p.kind && a.period === p.period && (a.count ?? 0) >= (p.count ?? 0));
  return [...merged.filter(isNews), ...chargesDiffering(merge, name)];
}

/** Every partner's problems (see partnerProblems), in the file's partner order. */
export const mergeProblems = (partners: readonly PartnerMerge[], before: Readonly<DeskData>, after: Readonly<DeskData>): HandoverProblem[] =>
  partners.flatMap((merge) => partnerProblems(merge, before, after));

/** mergeProblems a partner at a time, with the event loop let through between them. */
export async function mergeProblemsPaced(partners: readonly PartnerMerge[], before: Readonly<DeskData>, after: Readonly<DeskData>): Promise<HandoverProblem[]> {
  const pace = pacer();
  const found: HandoverProblem[] = [];
  for (const merge of partners) {
    found.push(...partnerProblems(merge, before, after));
    if (pace.due()) await pace.breathe();
  }
  return found;
}
