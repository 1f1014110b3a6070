import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import { samplePriceBook } from '@core/money';
import type { Desk } from '@main/desk';
import type { PartnerPlan, PlanQuote, PriceBookState } from '@main/ipc/contract';
import { MAIN_FILE } from '@main/store/store';

import { deskTest } from '../builders/desk-fixture';
import { testServices } from '../builders/services';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

// Today: 1 July 2026, 10:00 Beijing, moved by a test where it matters.
deskTest.override({ now: '2026-07-01T02:00:00Z' });

const change = (desk: Desk, partnerId: string, on: string, level: 'basic' | 'standard' | 'premier' | null) =>
  desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'change', on, level } });

describe('subscriptions through IPC', () => {
  deskTest('S1: subscribing records the first period and its prepayment', async ({ desk }) => {
    const { plan } = await aSubscribedPartner(desk);
    expect(plan.subscription).toMatchObject({ start: '2026-01-01', billing: 'yearly', period: { start: '2026-01-01', end: '2027-01-01' } });
    expect(plan.levelToday).toBe('standard');
    expect(plan.serviceYear).toMatchObject({ index: 0, start: '2026-01-01', end: '2027-01-01' });
    expect(plan.charges).toMatchObject([{ date: '2026-01-01', kind: 'prepayment', amount: 1_200_000, currency: 'CNY', rule: 'S1' }]);
  });

  deskTest('M4/M5: an upgrade mid-period is quoted, then charged exactly as the shared cases predict', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk);
    const quote = expectOk<PlanQuote>(
      await desk.dispatch('subscriptions/quote', { partnerId, request: { action: 'change', on: '2026-07-01', level: 'premier' } }),
    );
    expect(quote).toMatchObject({
      action: 'change',
      plan: { kind: 'upgrade', from: 'standard', to: 'premier' },
      quote: { periodDays: 365, remainingDays: 184, oldSurplus: 604_932, newRemaining: 1_814_795, net: 1_209_863 },
      warnings: [],
    });
    const after = expectOk<PartnerPlan>(await change(desk, partnerId, '2026-07-01', 'premier'));
    expect(after.levelToday).toBe('premier');
    expect(after.charges.at(-1)).toMatchObject({
      date: '2026-07-01',
      kind: 'change-charge',
      amount: 1_209_863,
      level: 'premier',
      rule: 'M5',
      details: { oldSurplus: 604_932, newRemaining: 1_814_795 },
    });
    expect(after.subscription?.segment).toEqual({ start: '2026-07-01', paid: 1_814_795 });

    // The second change prorates the segment the first one left (pr-second-change-uses-segment).
    const down = expectOk<PartnerPlan>(await change(desk, partnerId, '2026-09-01', 'standard'));
    expect(down.charges.at(-1)).toMatchObject({ kind: 'change-refund', amount: -802_192 });
  });

  deskTest('S4: a change within 30 days of the last one comes with FREQUENT_CHANGE, and P4 warns for other partner types', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, {}, { type: 'reseller' });
    expectOk(await change(desk, partnerId, '2026-03-01', 'premier'));
    const quote = expectOk<PlanQuote>(
      await desk.dispatch('subscriptions/quote', { partnerId, request: { action: 'change', on: '2026-03-20', level: 'standard' } }),
    );
    expect(quote.warnings.map((w) => w.code).sort()).toEqual(['FREQUENT_CHANGE', 'NOT_CONSULTING_PARTNER']);
    expect(await desk.dispatch('subscriptions/quote', { partnerId, request: { action: 'change', on: '2026-03-20', level: 'premier' } })).toMatchObject({
      ok: false,
      error: { code: 'SAME_LEVEL', rule: 'S4' },
    });
  });

  deskTest('M6: unsubscribing refunds the unused days, and nothing can be changed afterwards', async ({ desk, clock }) => {
    const { partnerId } = await aSubscribedPartner(desk);
    clock.set('2026-10-15T02:00:00Z');
    const after = expectOk<PartnerPlan>(await change(desk, partnerId, '2026-10-15', null));
    expect(after.charges.at(-1)).toMatchObject({ kind: 'unsubscribe-refund', amount: -256_438, rule: 'M6' });
    expect(after).toMatchObject({ levelToday: null, nextRenewal: null, renewalDue: false });
    expect(await change(desk, partnerId, '2026-11-01', 'premier')).toMatchObject({ ok: false, error: { code: 'NO_ACTIVE_SUBSCRIPTION' } });
    // A new subscription may start again once the old one has ended.
    expect(
      await desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'subscribe', start: '2026-10-01', billing: 'monthly', level: 'basic' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'start' },
    });
    expectOk(
      await desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'subscribe', start: '2026-11-01', billing: 'monthly', level: 'basic' } }),
    );
  });

  deskTest('S1: a renewal is due in the last 30 days and records the next period at the current price', async ({ desk, clock }) => {
    const { partnerId } = await aSubscribedPartner(desk, { billing: 'monthly', start: '2026-06-10' });
    clock.set('2026-06-20T02:00:00Z');
    expect(expectOk<PartnerPlan>(await desk.dispatch('subscriptions/get', { partnerId }))).toMatchObject({ nextRenewal: '2026-07-10', renewalDue: true });
    const renewed = expectOk<PartnerPlan>(await desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'renew' } }));
    expect(renewed.subscription?.period).toEqual({ start: '2026-07-10', end: '2026-08-10' });
    expect(renewed.charges.at(-1)).toMatchObject({ date: '2026-07-10', kind: 'renewal', amount: 100_000 });
    // Recorded once: the next renewal opens only 30 days before the new period ends.
    expect(await desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'renew' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', rule: 'S1', data: { from: '2026-07-11', until: '2026-08-10' } },
    });
    expect(expectOk<PartnerPlan>(await desk.dispatch('subscriptions/get', { partnerId })).charges).toHaveLength(2);
  });

  deskTest('S5: an unsubscribe dated ahead keeps the plan in force until that date', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk);
    const after = expectOk<PartnerPlan>(await change(desk, partnerId, '2026-10-15', null));
    expect(after).toMatchObject({ endsOn: '2026-10-15', levelToday: 'standard', renewalDue: false });
    expect(after.serviceYear).not.toBeNull();
    expect(await desk.dispatch('subscriptions/quote', { partnerId, request: { action: 'change', on: '2026-08-01', level: 'premier' } })).toMatchObject({
      ok: true,
    });
    expect(
      await desk.dispatch('subscriptions/quote', { partnerId, request: { action: 'subscribe', start: '2026-11-01', billing: 'yearly', level: 'basic' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_SUBSCRIBED' },
    });
  });

  deskTest('refuses a second subscription while one is in force', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk);
    expect(
      await desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'subscribe', start: '2026-08-01', billing: 'yearly', level: 'premier' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_SUBSCRIBED', data: { level: 'standard', since: '2026-01-01' } },
    });
  });

  deskTest('stores a plan started on the last day a request may name, though its period and a case on it end in 2200', async ({ desk, reopen }) => {
    const partner = expectOk<{ id: string }>(await desk.dispatch('partners/create', { name: 'Far Future Ltd', type: 'consulting' }));
    const plan = expectOk<PartnerPlan>(
      await desk.dispatch('subscriptions/apply', {
        partnerId: partner.id,
        request: { action: 'subscribe', start: '2199-12-31', billing: 'yearly', level: 'premier' },
      }),
    );
    expect(plan.subscription?.period).toEqual({ start: '2199-12-31', end: '2200-12-31' });
    const opened = await desk.dispatch('cases/open', {
      partnerId: partner.id,
      kind: 'technical',
      category: 'product-error-or-fault',
      severity: 'general-guidance',
      openedAt: '2199-12-31T23:00:00-12:00',
    });
    expect(opened).toMatchObject({ ok: true, data: { dueAt: expect.stringMatching(/^2200-01-0/) } });
    desk = await reopen();
    expect(expectOk<PartnerPlan>(await desk.dispatch('subscriptions/get', { partnerId: partner.id })).subscription?.period.end).toBe('2200-12-31');
  });
});

describe('the price book', () => {
  deskTest('M2: ships a sample to review; new prices never rewrite recorded charges', async ({ desk }) => {
    expect(expectOk<PriceBookState>(await desk.dispatch('price-book/get', {}))).toEqual({ priceBook: samplePriceBook, reviewed: false });
    const { partnerId } = await aSubscribedPartner(desk);
    const dearer = { ...samplePriceBook, levels: { ...samplePriceBook.levels, standard: { ...samplePriceBook.levels.standard, yearlyFee: 2_000_000 } } };
    expect(expectOk<PriceBookState>(await desk.dispatch('price-book/update', { priceBook: dearer })).reviewed).toBe(true);
    const plan = expectOk<PartnerPlan>(await desk.dispatch('subscriptions/get', { partnerId }));
    expect(plan.charges[0]?.amount).toBe(1_200_000);
  });

  deskTest('refuses a negative price or bands out of order, naming the field, and stores nothing', async ({ desk, dir }) => {
    await aSubscribedPartner(desk);
    const before = await readFile(join(dir, MAIN_FILE), 'utf8');
    const negative = { ...samplePriceBook, addonPackPrice: -1 };
    expect(await desk.dispatch('price-book/update', { priceBook: negative })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'priceBook.addonPackPrice', rule: 'too_small' },
    });
    const bands = [
      { upTo: 500, rateBp: 100 },
      { upTo: 400, rateBp: 50 },
      { upTo: null, rateBp: 10 },
    ];
    const unordered = { ...samplePriceBook, levels: { ...samplePriceBook.levels, premier: { ...samplePriceBook.levels.premier, bands } } };
    expect(await desk.dispatch('price-book/update', { priceBook: unordered })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'priceBook.levels.premier.bands.1.upTo' },
    });
    // Found by fuzz-ipc: a typed array where the bands go (IPC's structured clone carries one) was INTERNAL.
    const typed = { ...samplePriceBook, levels: { ...samplePriceBook.levels, standard: { ...samplePriceBook.levels.standard, bands: new Uint8Array(4) } } };
    expect(await desk.dispatch('price-book/update', { priceBook: typed })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'priceBook.levels.standard.bands' },
    });
    expect(await desk.dispatch('partners/create', { name: 'Dated', type: 'consulting', notes: new Date(0) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'notes' },
    });
    expect(await readFile(join(dir, MAIN_FILE), 'utf8')).toBe(before);
  });
});

describe('the what-if calculator', () => {
  deskTest('quotes an ad-hoc period (pr-downgrade-monthly) and refuses an end before the start', async ({ desk }) => {
    const quote = await desk.dispatch('proration/quote', {
      kind: 'downgrade',
      periodStart: '2026-02-10',
      periodEnd: '2026-03-10',
      segmentStart: '2026-02-10',
      segmentPaid: 300_000,
      newPeriodFee: 100_000,
      on: '2026-02-24',
    });
    expect(quote).toMatchObject({ ok: true, data: { periodDays: 28, remainingDays: 14, oldSurplus: 150_000, newRemaining: 50_000, net: -100_000 } });
    expect(
      await desk.dispatch('proration/quote', {
        kind: 'unsubscribe',
        periodStart: '2026-03-10',
        periodEnd: '2026-02-10',
        segmentStart: '2026-03-10',
        segmentPaid: 1,
        on: '2026-03-10',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', rule: 'M4' },
    });
  });
});

describe('data written by the first version', () => {
  deskTest('is migrated through every version (price book, subscriptions, packs, calendar, consumption), keeping partners', async ({ desk, dir, reopen }) => {
    await desk.close();
    const v1 = {
      schemaVersion: 1,
      settings: { language: 'zh-CN' },
      partners: [
        {
          id: 'p1',
          name: 'Old Partner',
          type: 'consulting',
          contactName: '',
          contactEmail: '',
          contactPhone: '',
          notes: '',
          archived: false,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    };
    await writeFile(join(dir, MAIN_FILE), JSON.stringify(v1));
    desk = await reopen({ services: testServices() });
    expect(expectOk<{ name: string }[]>(await desk.dispatch('partners/list', {})).map((p) => p.name)).toEqual(['Old Partner']);
    expect(expectOk<PriceBookState>(await desk.dispatch('price-book/get', {})).reviewed).toBe(false);
    expect(JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8'))).toMatchObject({
      schemaVersion: 7,
      packs: [],
      calendar: null,
      consumption: [],
      sample: null,
    });
  });
});
