import type { Desk } from '@main/desk';
import type { CaseRecordStored } from '@main/ipc/contract';

import { aBooking } from './bookings';
import { aSubscribedPartner, expectOk } from './subscriptions';

/** main's clock for a finished March: 2 April 2026, 10:00 in Beijing. */
export const REPORT_NOW = new Date('2026-04-02T02:00:00Z');

const after = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

async function logCase(desk: Desk, partnerId: string, openedAt: string, fields: Record<string, unknown>, changes: Record<string, unknown>[] = []) {
  const opened = expectOk<CaseRecordStored>(
    await desk.dispatch('cases/open', { partnerId, kind: 'technical', category: 'product-error-or-fault', openedAt, ...fields }),
  );
  for (const change of changes) expectOk(await desk.dispatch('cases/update', { id: opened.id, change }));
}

/**
 * A partner's March 2026 through the real channels (the clock at REPORT_NOW): Standard from
 * 1 January, Premier from 10 March; a met, a missed, a breached, a corrected (C3), a voided (Q4)
 * and a withdrawn service case; KEA days, a consulting session and a training delivered, one
 * training still booked in April.
 */
export async function aReportMonth(desk: Desk, name = 'Azure Bay Consulting'): Promise<string> {
  const { partnerId } = await aSubscribedPartner(desk, { level: 'standard' }, { name });
  expectOk(await desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'change', on: '2026-03-10', level: 'premier' } }));
  // Standard, 3 h target: answered in 1 h, met; it counts toward the Standard quota (Q5).
  await logCase(desk, partnerId, '2026-03-03T02:00:00Z', { severity: 'production-exception' }, [
    { action: 'respond', respondedAt: after('2026-03-03T02:00:00Z', 60) },
  ]);
  // Premier, 15 min: answered in 20 min, missed.
  await logCase(desk, partnerId, '2026-03-11T02:00:00Z', { severity: 'core-production-unavailable' }, [
    { action: 'respond', respondedAt: after('2026-03-11T02:00:00Z', 20) },
  ]);
  // 30 min, never answered: breached.
  await logCase(desk, partnerId, '2026-03-12T02:00:00Z', { severity: 'production-unavailable' });
  // C3: corrected, then answered in 2 h: counted, not rated.
  await logCase(desk, partnerId, '2026-03-13T02:00:00Z', { severity: 'system-exception' }, [
    { action: 'correct-severity', severity: 'general-guidance', reason: 'A how-to question' },
    { action: 'respond', respondedAt: after('2026-03-13T02:00:00Z', 120) },
  ]);
  // Q4: voided, left out.
  await logCase(desk, partnerId, '2026-03-14T02:00:00Z', { severity: 'system-exception' }, [{ action: 'void', reason: 'Logged twice' }]);
  // A service case answered in 30 min of 16 h, then withdrawn (still counted, Q4).
  await logCase(desk, partnerId, '2026-03-16T02:00:00Z', { kind: 'service', category: 'account-question', severity: 'general-guidance' }, [
    { action: 'respond', respondedAt: after('2026-03-16T02:00:00Z', 30) },
    { action: 'withdraw', reason: '' },
  ]);
  for (const booking of [
    aBooking(partnerId, { kind: 'kea', start: '2026-03-20', end: '2026-03-21', status: 'delivered', method: null, title: 'Spring sale' }),
    aBooking(partnerId, { kind: 'consulting', start: '2026-03-18', hours: 6, status: 'delivered', method: null }),
    aBooking(partnerId, { start: '2026-03-25', status: 'delivered' }),
    aBooking(partnerId, { start: '2026-04-15', status: 'booked' }),
  ]) {
    await desk.store.put('bookings', booking);
  }
  return partnerId;
}
