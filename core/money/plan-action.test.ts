import { describe, expect, it } from 'vitest';

import { aRecordedSubscription } from '@test/builders/domain';

import type { RecordedSubscription } from '../subscription';
import { applyPlanAction, type PlanActionInput, type PlanRequest, quotePlanAction } from './plan-action';
import { samplePriceBook } from './price-book';

type Recorded = RecordedSubscription & { readonly id: string };
// Standard, yearly, from 1 January 2026, paid 1,200,000 for the period ending 1 January 2027.
const current: Recorded = { id: 'sub-1', ...aRecordedSubscription() };
const ended: Recorded = { ...current, levels: [...current.levels, { from: '2026-06-01', level: null }], segment: { start: '2026-06-01', paid: 0 } };

const input = (request: PlanRequest, overrides: Partial<PlanActionInput<Recorded>> = {}): PlanActionInput<Recorded> => ({
  current,
  priceBook: samplePriceBook,
  partnerType: 'consulting',
  request,
  today: '2026-03-01',
  ...overrides,
});
const apply = (request: PlanRequest, overrides: Partial<PlanActionInput<Recorded>> = {}) => applyPlanAction(input(request, overrides));
const error = (result: ReturnType<typeof apply>) => (result.ok ? null : result.error);
const subscribe: PlanRequest = { action: 'subscribe', start: '2026-07-01', billing: 'monthly', level: 'premier' };

describe('S1 subscribing', () => {
  it('adds a subscription prepaying its first period at the price book fee', () => {
    const applied = apply(subscribe, { current: null });
    expect(applied.ok && applied.value.quote).toMatchObject({
      action: 'subscribe',
      level: 'premier',
      billing: 'monthly',
      period: { start: '2026-07-01', end: '2026-08-01' },
      fee: 300_000,
      currency: 'CNY',
      warnings: [],
    });
    expect(applied.ok && applied.value.subscription).toEqual({
      added: {
        start: '2026-07-01',
        billing: 'monthly',
        levels: [{ from: '2026-07-01', level: 'premier' }],
        period: { start: '2026-07-01', end: '2026-08-01' },
        segment: { start: '2026-07-01', paid: 300_000 },
      },
    });
    expect(applied.ok && applied.value.charge).toEqual({
      date: '2026-07-01',
      kind: 'prepayment',
      amount: 300_000,
      level: 'premier',
      rule: 'S1',
      details: { periodStart: '2026-07-01', periodEnd: '2026-08-01' },
    });
  });

  it('P4: warns, and does not refuse, a partner that is not a consulting partner', () => {
    const quoted = quotePlanAction(input(subscribe, { current: null, partnerType: 'reseller' }));
    expect(quoted.ok && quoted.warnings.map((w) => w.code)).toEqual(['NOT_CONSULTING_PARTNER']);
    expect(quoted.ok && quoted.value.warnings.map((w) => w.code)).toEqual(['NOT_CONSULTING_PARTNER']);
  });

  it('one subscription at a time: refused while one is in force, and before the previous one ended', () => {
    expect(error(apply(subscribe))).toMatchObject({ code: 'ALREADY_SUBSCRIBED', rule: 'S1', data: { level: 'standard', since: '2026-01-01' } });
    expect(error(apply(subscribe, { current: ended, today: '2026-05-31' }))).toMatchObject({ code: 'ALREADY_SUBSCRIBED' });
    expect(error(apply({ ...subscribe, start: '2026-05-20' }, { current: ended, today: '2026-06-10' }))).toMatchObject({
      code: 'INVALID_INPUT',
      rule: 'S5',
      data: { field: 'start', from: '2026-06-01' },
    });
    expect(apply(subscribe, { current: ended, today: '2026-06-10' }).ok).toBe(true);
  });
});

describe('S5 nothing to change or renew without a plan in force', () => {
  it.each<PlanRequest>([{ action: 'change', on: '2026-07-01', level: 'premier' }, { action: 'renew' }])('%o', (request) => {
    expect(error(apply(request, { current: null }))).toMatchObject({ code: 'NO_ACTIVE_SUBSCRIPTION', rule: 'S5' });
    expect(error(apply(request, { current: ended, today: '2026-06-01' }))).toMatchObject({ code: 'NO_ACTIVE_SUBSCRIPTION', rule: 'S5' });
  });
});

describe('M5 / M6 changing level', () => {
  const details = {
    periodStart: '2026-01-01',
    periodEnd: '2027-01-01',
    segmentStart: '2026-01-01',
    segmentPaid: 1_200_000,
    periodDays: 365,
    remainingDays: 184,
    segmentDays: 365,
    oldSurplus: 604_932,
  };

  it('M5: an upgrade is charged the net and starts a new segment', () => {
    const applied = apply({ action: 'change', on: '2026-07-01', level: 'premier' });
    expect(applied.ok && applied.value.subscription).toEqual({
      updated: { ...current, levels: [...current.levels, { from: '2026-07-01', level: 'premier' }], segment: { start: '2026-07-01', paid: 1_814_795 } },
    });
    expect(applied.ok && applied.value.charge).toEqual({
      date: '2026-07-01',
      kind: 'change-charge',
      amount: 1_209_863,
      level: 'premier',
      rule: 'M5',
      details: { ...details, newRemaining: 1_814_795 },
    });
  });

  it('M5: a downgrade returns the net; a change that nets zero records no charge', () => {
    const down = apply({ action: 'change', on: '2026-07-01', level: 'basic' });
    expect(down.ok && down.value.charge).toMatchObject({ kind: 'change-refund', amount: -604_932, level: 'basic', rule: 'M5' });
    const samePrices = { ...samplePriceBook, levels: { ...samplePriceBook.levels, premier: samplePriceBook.levels.standard } };
    const even = apply({ action: 'change', on: '2026-07-01', level: 'premier' }, { priceBook: samePrices });
    expect(even.ok && even.value.charge).toBeNull();
  });

  it('M6: an unsubscribe returns the old surplus and ends the timeline', () => {
    const applied = apply({ action: 'change', on: '2026-07-01', level: null });
    expect(applied.ok && applied.value.charge).toEqual({
      date: '2026-07-01',
      kind: 'unsubscribe-refund',
      amount: -604_932,
      level: null,
      rule: 'M6',
      details: { ...details, newRemaining: 0 },
    });
    expect(applied.ok && 'updated' in applied.value.subscription && applied.value.subscription.updated).toMatchObject({
      id: 'sub-1',
      levels: [{ level: 'standard' }, { from: '2026-07-01', level: null }],
      segment: current.segment,
    });
  });
});

describe('S1 renewing', () => {
  it('is recorded from 30 days before the period ends', () => {
    expect(error(apply({ action: 'renew' }, { today: '2026-12-01' }))).toMatchObject({
      code: 'INVALID_INPUT',
      rule: 'S1',
      data: { from: '2026-12-02', until: '2027-01-01' },
    });
    const applied = apply({ action: 'renew' }, { today: '2026-12-02' });
    expect(applied.ok && applied.value.quote).toMatchObject({
      action: 'renew',
      level: 'standard',
      period: { start: '2027-01-01', end: '2028-01-01' },
      fee: 1_200_000,
    });
    expect(applied.ok && applied.value.subscription).toEqual({
      updated: { ...current, period: { start: '2027-01-01', end: '2028-01-01' }, segment: { start: '2027-01-01', paid: 1_200_000 } },
    });
    expect(applied.ok && applied.value.charge).toEqual({
      date: '2027-01-01',
      kind: 'renewal',
      amount: 1_200_000,
      level: 'standard',
      rule: 'S1',
      details: { periodStart: '2027-01-01', periodEnd: '2028-01-01' },
    });
  });

  it('the quote is the one confirming records', () => {
    const applied = apply({ action: 'renew' }, { today: '2026-12-20' });
    expect(quotePlanAction(input({ action: 'renew' }, { today: '2026-12-20' }))).toEqual(
      applied.ok && { ok: true, value: applied.value.quote, warnings: applied.warnings },
    );
  });
});
