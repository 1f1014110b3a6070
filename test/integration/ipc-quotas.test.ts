import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import type { Desk } from '@main/desk';
import type { QuotaPortfolio, QuotaRow } from '@main/ipc/contract';

import { aBooking } from '../builders/bookings';
import { deskTest } from '../builders/desk-fixture';
import { aPartner } from '../builders/partners';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

// Sunday 8 March 2026, 10:00 in Beijing.
deskTest.override({ now: '2026-03-08T02:00:00Z' });

const technicalCase = (partnerId: string, openedAt: string) => ({
  partnerId,
  kind: 'technical',
  category: 'product-error-or-fault',
  severity: 'system-exception',
  openedAt,
});

/** Two technical cases a day from 1 March, at 10:00 Beijing. */
async function logCases(desk: Desk, partnerId: string, count: number) {
  for (let i = 0; i < count; i++) {
    expectOk(await desk.dispatch('cases/open', technicalCase(partnerId, `2026-03-${String(1 + Math.floor(i / 2)).padStart(2, '0')}T02:00:00Z`)));
  }
}

async function portfolio(desk: Desk, request: object = {}): Promise<QuotaPortfolio> {
  return expectOk<QuotaPortfolio>(await desk.dispatch('quotas/portfolio', request));
}
const rowOf = (p: QuotaPortfolio, name: string): QuotaRow => {
  const row = p.rows.find((r) => r.partnerName === name);
  if (!row) throw new Error(`No row for ${name}`);
  return row;
};

describe('quotas/portfolio through IPC', () => {
  deskTest('Q1-Q5 / B1-B3: one row per partner, counted from cases, packs and bookings in the store', async ({ desk }) => {
    const standard = await aSubscribedPartner(desk, { level: 'standard' }, { name: 'Lotus Digital' });
    const premier = await aSubscribedPartner(desk, { level: 'premier' }, { name: 'Azure Bay' });
    const basic = await aSubscribedPartner(desk, { level: 'basic' }, { name: 'Cedar Systems' });
    expectOk(await desk.dispatch('partners/create', aPartner({ name: 'Birch Cloud' })));
    const archived = expectOk<{ id: string }>(await desk.dispatch('partners/create', aPartner({ name: 'Old Partner' })));
    expectOk(await desk.dispatch('partners/archive', { id: archived.id, archived: true }));

    await logCases(desk, standard.partnerId, 12);
    expectOk(await desk.dispatch('cases/open', technicalCase(standard.partnerId, '2026-04-02T02:00:00Z')));
    expectOk(await desk.dispatch('cases/open', technicalCase(premier.partnerId, '2026-03-02T02:00:00Z')));
    expectOk(await desk.dispatch('quotas/buy-pack', { partnerId: standard.partnerId, boughtOn: '2026-03-05', count: 1 }));

    const id = standard.partnerId;
    for (const booking of [
      aBooking(id, { kind: 'kea', start: '2026-02-10', end: '2026-02-11', status: 'delivered' }),
      // B1: cancelled before its start, its three days come back; on its start day, its day stays used.
      aBooking(id, { kind: 'kea', start: '2026-04-20', end: '2026-04-22', status: 'cancelled', cancelledOn: '2026-03-02' }),
      aBooking(id, { kind: 'kea', start: '2026-03-01', end: '2026-03-01', status: 'cancelled', cancelledOn: '2026-03-01' }),
      aBooking(id, { kind: 'consulting', start: '2026-02-03', hours: 4, status: 'delivered' }),
      aBooking(id, { kind: 'consulting', start: '2026-03-04', hours: 2, status: 'cancelled' }),
      aBooking(id, { start: '2026-03-03', method: 'online', status: 'delivered' }),
      aBooking(id, { start: '2026-02-05', method: 'telepresence', status: 'delivered' }),
      aBooking(id, { start: '2026-03-06', method: 'telepresence', status: 'cancelled' }),
      aBooking(premier.partnerId, { start: '2026-02-20', method: 'on-site', venue: 'Shenzhen office', venueConfirmed: true }),
      aBooking(premier.partnerId, { kind: 'kea', start: '2026-05-01', end: '2026-05-05' }),
    ]) {
      await desk.store.put('bookings', booking);
    }

    const answer = await portfolio(desk);
    expect(answer).toMatchObject({ month: '2026-03', today: '2026-03-08', packPrice: 50_000, currency: 'CNY' });
    expect(answer.rows.map((r) => r.partnerName).sort()).toEqual(['Azure Bay', 'Birch Cloud', 'Cedar Systems', 'Lotus Digital']);

    const lotus = rowOf(answer, 'Lotus Digital');
    expect(lotus).toMatchObject({ level: 'standard', billing: 'yearly', serviceYear: { start: '2026-01-01', end: '2027-01-01' } });
    // Q3: 30 + 10 from the pack; 12 cases in 8 days reach 40 on day ceil(40 × 8 / 12) = 27.
    expect(lotus.cases).toMatchObject({
      status: 'counted',
      usage: { used: 12, limit: 40, remaining: 28, packs: [{ boughtOn: '2026-03-05', validUntil: '2026-03-31' }] },
      forecast: { exhaustsOn: '2026-03-27', alreadyExhausted: false },
    });
    expect(lotus.kea).toMatchObject({ status: 'counted', quota: 4, used: 3, left: 1 });
    expect(lotus.consulting).toMatchObject({ status: 'counted', quota: 4, used: 1, left: 3, maxHours: 4 });
    expect(lotus.trainings).toMatchObject({ status: 'counted', organizedThisMonth: 1, organizedPerMonth: 1, thisServiceYear: 2, onsitePerServiceYear: 0 });

    const azure = rowOf(answer, 'Azure Bay');
    expect(azure.cases).toEqual({ status: 'unlimited' });
    expect(azure.kea).toMatchObject({ status: 'counted', quota: 8, used: 5, left: 3 });
    expect(azure.consulting).toMatchObject({ status: 'counted', quota: 8, used: 0, left: 8 });
    expect(azure.trainings).toMatchObject({ status: 'counted', organizedThisMonth: 0, thisServiceYear: 1, onsiteThisServiceYear: 1, onsitePerServiceYear: 1 });

    const cedar = rowOf(answer, 'Cedar Systems');
    expect([cedar.level, cedar.cases, cedar.kea, cedar.consulting, cedar.trainings]).toEqual(['basic', ...Array(4).fill({ status: 'not-included' })]);
    const birch = rowOf(answer, 'Birch Cloud');
    expect([birch.level, birch.cases, birch.kea, birch.consulting, birch.trainings]).toEqual([null, ...Array(4).fill({ status: 'no-plan' })]);
    expect(basic.partnerId).toBe(cedar.partnerId);

    // Q1: April is counted from its own partition, and starts again at 30.
    const april = rowOf(await portfolio(desk, { month: '2026-04' }), 'Lotus Digital');
    expect(april).toMatchObject({ asOf: '2026-04-01', cases: { usage: { used: 1, limit: 30 }, forecast: { exhaustsOn: null } } });
  });

  deskTest('B1: a monthly subscription has no Key Event Assurance days', async ({ desk }) => {
    await aSubscribedPartner(desk, { level: 'standard', billing: 'monthly', start: '2026-03-01' }, { name: 'Monthly Partner' });
    expect(rowOf(await portfolio(desk, { month: '2026-03' }), 'Monthly Partner').kea).toEqual({ status: 'yearly-only' });
  });

  deskTest('refuses a month that is not YYYY-MM with a real month, naming the field, and stores nothing', async ({ desk, dir }) => {
    await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
    const before = { files: await readdir(dir, { recursive: true }), desk: await readFile(join(dir, 'desk.json'), 'utf8') };
    for (const month of ['2026-13', '2026-3', 'March', 202603]) {
      expect(await desk.dispatch('quotas/portfolio', { month })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'month' } });
    }
    expect({ files: await readdir(dir, { recursive: true }), desk: await readFile(join(dir, 'desk.json'), 'utf8') }).toEqual(before);
  });
});
