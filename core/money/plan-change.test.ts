import { describe, expect, it } from 'vitest';

import { applyLevelChange } from '../subscription';
import { type PaidSubscription, quoteLevelChange, quoteRenewal, quoteSubscribe } from './plan-change';
import { samplePriceBook } from './price-book';

const subscribed = () => {
  const q = quoteSubscribe(samplePriceBook, { start: '2026-01-01', billing: 'yearly', level: 'standard', partnerType: 'consulting' });
  if (!q.ok) throw new Error(q.error.message);
  return { subscription: q.value.subscription, period: q.value.period, segment: { start: '2026-01-01', paid: q.value.fee } } satisfies PaidSubscription;
};

describe('plan changes on a recorded subscription', () => {
  it('S1: subscribing prepays the first period at the price book fee', () => {
    const q = quoteSubscribe(samplePriceBook, { start: '2026-01-31', billing: 'monthly', level: 'premier', partnerType: 'reseller' });
    expect(q.ok && q.value).toMatchObject({ fee: 300_000, period: { start: '2026-01-31', end: '2026-02-28' } });
    expect(q.ok && q.warnings.map((w) => w.code)).toEqual(['NOT_CONSULTING_PARTNER']);
  });

  it('M4/M5: an upgrade then a downgrade use the segment left by the first change (shared cases pr-upgrade-yearly-midyear, pr-second-change-uses-segment)', () => {
    const paid = subscribed();
    const up = quoteLevelChange(paid, samplePriceBook, { on: '2026-07-01', level: 'premier' });
    expect(up.ok && up.value.quote).toMatchObject({ oldSurplus: 604_932, newRemaining: 1_814_795, net: 1_209_863, charge: 1_209_863 });
    expect(up.ok && up.value.plan.kind).toBe('upgrade');
    const after: PaidSubscription = {
      ...paid,
      subscription: applyLevelChange(paid.subscription, '2026-07-01', 'premier'),
      segment: { start: '2026-07-01', paid: 1_814_795 },
    };
    const down = quoteLevelChange(after, samplePriceBook, { on: '2026-09-01', level: 'standard' });
    expect(down.ok && down.value.quote).toMatchObject({ oldSurplus: 1_203_288, newRemaining: 401_096, net: -802_192, refund: 802_192 });
  });

  it('S4: a second change within 30 days is allowed with FREQUENT_CHANGE; a change before the segment is refused', () => {
    const paid = subscribed();
    const after: PaidSubscription = {
      ...paid,
      subscription: applyLevelChange(paid.subscription, '2026-03-01', 'premier'),
      segment: { start: '2026-03-01', paid: 3_000_000 },
    };
    const again = quoteLevelChange(after, samplePriceBook, { on: '2026-03-20', level: 'standard' });
    expect(again.ok && again.warnings.map((w) => w.code)).toEqual(['FREQUENT_CHANGE']);
    const backdated = quoteLevelChange(after, samplePriceBook, { on: '2026-02-20', level: 'basic' });
    expect(!backdated.ok && backdated.error).toMatchObject({ code: 'INVALID_INPUT', data: { field: 'on', from: '2026-03-01', until: '2027-01-01' } });
    const pastEnd = quoteLevelChange(after, samplePriceBook, { on: '2027-01-01', level: 'basic' });
    expect(!pastEnd.ok && pastEnd.error.code).toBe('INVALID_INPUT');
  });

  it("M6: unsubscribing refunds the surplus and shows the month's incremental fee as pending", () => {
    const q = quoteLevelChange(subscribed(), samplePriceBook, { on: '2026-10-15', level: null }, { pendingIncrementalAmount: 12_345 });
    expect(q.ok && q.value.quote).toMatchObject({
      remainingDays: 78,
      refund: 256_438,
      pendingIncremental: { month: '2026-10', settlesOn: '2026-11-01', amount: 12_345 },
    });
  });

  it('S1: a renewal starts at the period end at the price of the level then in force', () => {
    const paid = subscribed();
    const renewed = quoteRenewal({ ...paid, subscription: applyLevelChange(paid.subscription, '2026-07-01', 'premier') }, samplePriceBook);
    expect(renewed.ok && renewed.value).toEqual({ period: { start: '2027-01-01', end: '2028-01-01' }, level: 'premier', fee: 3_600_000 });
    const gone = quoteRenewal({ ...paid, subscription: applyLevelChange(paid.subscription, '2026-07-01', null) }, samplePriceBook);
    expect(!gone.ok && gone.error.code).toBe('NO_ACTIVE_SUBSCRIPTION');
  });
});
