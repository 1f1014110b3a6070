import { describe, expect } from 'vitest';

import type { BookingRecord, QuotaSummary } from '@main/ipc/contract';
import type { PartnerStatement } from '@main/ipc/contract/statement';

import { aCase } from '../builders/cases';
import { deskTest } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

// Monday 2 March 2026, 10:00 Beijing.
deskTest.override({ now: '2026-03-02T02:00:00Z' });

describe('statement/partner through IPC', () => {
  deskTest('Q1-Q5, B1-B3: the statement has the quota summary’s own figures for the partner and month', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, {}, { name: 'Azure Bay Consulting' });
    const other = (await aSubscribedPartner(desk, { level: 'premier' }, { name: 'Zhuhai Cloud' })).partnerId;
    for (const day of ['01', '02']) expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: `2026-03-${day}T02:00:00Z` })));
    expectOk(await desk.dispatch('cases/open', aCase(other, { openedAt: '2026-03-02T01:00:00Z' })));
    expectOk(await desk.dispatch('quotas/buy-pack', { partnerId, boughtOn: '2026-03-02', count: 1 }));
    const kea = expectOk<BookingRecord>(
      await desk.dispatch('bookings/create', { kind: 'kea', partnerId, start: '2026-03-16', end: '2026-03-17', title: 'Spring sale' }),
    );
    expectOk(
      await desk.dispatch('bookings/create', { kind: 'consulting', partnerId, start: '2026-03-10', startTime: '10:00', hours: 2, title: 'Migration review' }),
    );

    for (const month of [undefined, '2026-03', '2026-02']) {
      const request = { partnerId, ...(month ? { month } : {}) };
      const statement = expectOk<PartnerStatement>(await desk.dispatch('statement/partner', request));
      const summary = expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', request));
      expect(summary.rows).toHaveLength(1);
      expect(statement.quotas).toEqual(summary.rows[0]);
      expect(statement.month).toBe(summary.month);
    }

    const march = expectOk<PartnerStatement>(await desk.dispatch('statement/partner', { partnerId }));
    expect(march).toMatchObject({
      partnerName: 'Azure Bay Consulting',
      month: '2026-03',
      today: '2026-03-02',
      plan: {
        level: 'standard',
        billing: 'yearly',
        start: '2026-01-01',
        period: { start: '2026-01-01', end: '2027-01-01' },
        nextRenewal: '2027-01-01',
        renewalDue: false,
      },
      quotas: { cases: { status: 'counted', usage: { used: 2, limit: 40, remaining: 38 } }, kea: { status: 'counted', used: 2, quota: 4, left: 2 } },
    });
    expect(march.quotas.consulting).toMatchObject({ status: 'counted', used: 1, quota: 4, left: 3 });
    expect(march.upcoming.map((b) => [b.kind, b.start, b.title])).toEqual([
      ['consulting', '2026-03-10', 'Migration review'],
      ['kea', '2026-03-16', 'Spring sale'],
    ]);
    expect(march.upcoming.map((b) => b.id)).toContain(kea.id);
    // M8 / M7: the period's charges so far: the yearly prepayment and the pack, with their totals.
    expect(march.charges?.lines.map((l) => [l.date, l.kind])).toEqual(
      expect.arrayContaining([
        ['2026-01-01', 'prepayment'],
        ['2026-03-02', 'addon-pack'],
      ]),
    );
    expect(march.charges).toMatchObject({ from: '2026-01-01', to: '2026-03-02' });
    const known = march.charges!.lines.reduce((sum, l) => sum + (l.amount ?? 0), 0);
    expect(march.charges!.totals).toEqual([{ currency: march.currency, amount: known }]);
  });

  deskTest('a partner that never subscribed has a statement without a plan or charges', async ({ desk }) => {
    const partner = expectOk<{ id: string }>(await desk.dispatch('partners/create', { name: 'Nanjing Apps', type: 'consulting' }));
    const statement = expectOk<PartnerStatement>(await desk.dispatch('statement/partner', { partnerId: partner.id }));
    expect(statement).toMatchObject({ plan: null, charges: null, upcoming: [], quotas: { level: null, cases: { status: 'no-plan' } } });
  });

  deskTest('an unknown partner is refused', async ({ desk }) => {
    expect(await desk.dispatch('statement/partner', { partnerId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
