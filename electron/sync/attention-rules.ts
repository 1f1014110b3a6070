import { createHash } from 'node:crypto';
import * as A from '@automerge/automerge';

import { bookingOverruns } from '@core/booking';
import { monthsOverQuota } from '@core/quota';
import { serviceYearOf, type Subscription } from '@core/subscription';
import { beijingDateOf, monthOf } from '@core/time';

import { asCoreBookings } from '../handlers/booking-records';
import { asQuotaCases } from '../handlers/case-entry';
import type { AttentionEntry, AttentionKind, AttentionWay } from '../ipc/contract/sync';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import type { StoredCharge, StoredPack } from '../store/records/plans';
import { canonical, plain } from './doc-values';

// What a merge left that a rule does not allow, or that two desks wrote at once, counted with
// core's own rules: kept and shown, never dropped.

export type Found = Omit<AttentionEntry, 'foundAt' | 'partnerName' | 'partnerId'>;

export const entryId = (kind: AttentionKind, partnerId: string, subject: string) =>
  `att-${createHash('sha256').update([kind, partnerId, subject].join('\u0000')).digest('hex').slice(0, 20)}`;

const managersOf = (records: readonly { history: { by?: string }[] }[], me: string) =>
  [...new Set([me, ...records.flatMap((r) => r.history.map((h) => h.by ?? me))])].sort();

/** Q3: each month whose technical cases, merged, are over 30 + 10 per pack; ways out: void a case beyond the limit, or buy a pack (Q2). */
export function quotaOver(subscription: Subscription, cases: readonly StoredCase[], packs: readonly StoredPack[], me: string): Found[] {
  return monthsOverQuota({ subscription, cases: asQuotaCases(cases), packs }).map((usage) => {
    const month = usage.month;
    const inMonth = cases
      .filter((c) => monthOf(beijingDateOf(c.openedAt)) === month && c.kind === 'technical' && c.state !== 'voided')
      .toSorted((a, b) => (a.openedAt === b.openedAt ? (a.id < b.id ? -1 : 1) : a.openedAt < b.openedAt ? -1 : 1));
    const beyond = inMonth.slice(usage.limit ?? 0);
    const ways: AttentionWay[] = [...beyond.map((c) => ({ way: 'void-case' as const, caseId: c.id })), { way: 'buy-pack', month }];
    return { id: '', kind: 'quota-over', rule: 'Q3', subject: month, count: usage.used, limit: usage.limit ?? 0, managers: managersOf(inMonth, me), ways };
  });
}

/** B1: each service year whose KEA days, merged, are over the level's allowance; way out: cancel one of its bookings. */
export function keaOver(subscription: Subscription, bookings: readonly StoredBooking[], me: string): Found[] {
  return bookingOverruns(subscription, asCoreBookings(bookings))
    .filter((o) => o.kind === 'kea-over')
    .map((o) => {
      const inYear = bookings.filter((b) => b.kind === 'kea' && b.status !== 'cancelled' && serviceYearOf(subscription, b.start)?.start === o.period);
      const ways: AttentionWay[] = inYear.map((b) => ({ way: 'cancel-booking', bookingId: b.id }));
      return { id: '', kind: 'kea-over', rule: 'B1', subject: o.period, count: o.count, limit: o.limit, managers: managersOf(inYear, me), ways };
    });
}

/** The values two desks wrote at once into one field, by the actor that wrote each (none when there is one value). */
export function conflictsOf(map: unknown, field: string): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (!map || typeof map !== 'object') return found;
  const conflicts = A.getConflicts(map as A.Doc<Record<string, unknown>>, field) ?? {};
  for (const [op, value] of Object.entries(conflicts)) found.set(op.slice(op.indexOf('@') + 1), plain(value));
  return new Set([...found.values()].map(canonical)).size > 1 ? found : new Map();
}

/**
 * C-response: two first responses written to one case on two desks (its versions, Automerge's
 * conflicts, with different response times); way out: keep one. `byActor`: the versions the
 * store's schema passed, by the actor that wrote each.
 */
export function twoResponses(byActor: ReadonlyMap<string, StoredCase>, caseId: string, me: string): Found | null {
  const valid = [...byActor.values()];
  const responded = new Set(valid.map((c) => c.respondedAt).filter((at) => at !== null));
  if (responded.size < 2) return null;
  const ways: AttentionWay[] = [];
  for (const [actor, c] of byActor) {
    if (!c.respondedAt || ways.some((w) => w.way === 'keep' && w.value === c.respondedAt)) continue;
    ways.push({ way: 'keep', choice: actor, value: c.respondedAt, by: c.respondedBy });
  }
  const managers = [...new Set([me, ...valid.flatMap((c) => c.history.map((h) => h.by ?? me))])].sort();
  return { id: '', kind: 'two-responses', rule: 'C-response', subject: caseId, managers, ways };
}

/** S3-level: a subscription's level timeline written on two desks at once; way out: keep one. */
export function levelBoth(subscriptionMap: unknown, subscriptionId: string, me: string): Found | null {
  const levels = conflictsOf(subscriptionMap, 'levels');
  if (levels.size === 0) return null;
  const ways: AttentionWay[] = [...levels].map(([actor, value]) => {
    const last = (value as { from: string; level: string | null }[]).at(-1);
    return { way: 'keep', choice: actor, value: last ? `${last.level ?? 'none'} from ${last.from}` : '', by: me };
  });
  return { id: '', kind: 'level-both', rule: 'S3-level', subject: subscriptionId, managers: [me], ways };
}

/** M-charge: a recorded charge the document holds otherwise than this desk: this desk keeps its own (recorded charges never change). */
export function chargeEdited(local: readonly StoredCharge[], remote: Record<string, unknown>, me: string): Found[] {
  return local
    .filter((c) => remote[c.id] !== undefined && canonical(remote[c.id]) !== canonical(c))
    .map((c) => ({ id: '', kind: 'charge-edited' as const, rule: 'M-charge', subject: c.id, managers: [me], ways: [] }));
}
