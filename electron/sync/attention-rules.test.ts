import { describe, expect, it } from 'vitest';

import { aBooking } from '@test/builders/bookings';
import { aStoredCase } from '@test/builders/cases';

import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { keaOver, quotaOver } from './attention-rules';
import { stamped, unstamped } from './records';

const standard = { start: '2026-01-01', billing: 'yearly' as const, levels: [{ from: '2026-01-01', level: 'standard' as const }] };

const aCase = (i: number, by?: string): StoredCase =>
  aStoredCase({
    id: `c-${String(i).padStart(2, '0')}`,
    partnerId: 'p',
    openedAt: `2026-03-${String(1 + Math.floor(i / 2)).padStart(2, '0')}T0${1 + (i % 2)}:00:00Z`,
    history: [{ at: '2026-03-01T02:00:00Z', action: 'opened', reason: '', ...(by ? { by } : {}) }],
  });

describe('attention rules, counted with core', () => {
  it('Q3: 31 technical cases in a Standard month are one entry, ways out: void the case beyond the limit or buy a pack', () => {
    const cases = Array.from({ length: 31 }, (_, i) => aCase(i, i === 30 ? 'li' : undefined));
    const [entry, ...rest] = quotaOver(standard, cases, [], 'wang');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ kind: 'quota-over', rule: 'Q3', subject: '2026-03', count: 31, limit: 30, managers: ['li', 'wang'] });
    expect(entry!.ways).toEqual([
      { way: 'void-case', caseId: 'c-30' },
      { way: 'buy-pack', month: '2026-03' },
    ]);
    expect(quotaOver(standard, cases.slice(0, 30), [], 'wang')).toEqual([]);
    expect(
      quotaOver(standard, cases, [{ id: 'k', partnerId: 'p', boughtOn: '2026-03-05', count: 1, validUntil: '2026-03-31', chargeId: 'ch' }], 'wang'),
    ).toEqual([]);
  });

  it('B1: KEA days over the service year allowance are flagged with each booking to cancel', () => {
    const kea = (id: string, start: string, end: string): StoredBooking =>
      aBooking('p', { id, kind: 'kea', appliedOn: '2026-02-01', start, end, method: null, history: [] }) as StoredBooking;
    // Standard: 4 KEA days a service year; two desks each booked 3.
    const found = keaOver(standard, [kea('k1', '2026-05-01', '2026-05-03'), kea('k2', '2026-06-01', '2026-06-03')], 'wang');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'B1', subject: '2026-01-01', count: 6, limit: 4 });
    expect(found[0]!.ways).toEqual([
      { way: 'cancel-booking', bookingId: 'k1' },
      { way: 'cancel-booking', bookingId: 'k2' },
    ]);
    expect(keaOver(standard, [kea('k1', '2026-05-01', '2026-05-03')], 'wang')).toEqual([]);
  });

  it('history entries written here carry by in the document and come back without it', () => {
    const record = aCase(1);
    const inDoc = stamped(record, 'wang');
    expect(inDoc.history[0]!.by).toBe('wang');
    expect(unstamped(inDoc, 'wang')).toEqual(record);
    expect(unstamped(inDoc, 'li').history[0]!.by).toBe('wang');
  });
});
