import { describe, expect, it } from 'vitest';

import { aRecordedSubscription } from '@test/builders/domain';

import { quotaItems } from './quota-items';
import { aTodayPartner } from './today-test-builders';

const standard = aRecordedSubscription({ level: 'standard', start: '2026-01-01' });
const premier = aRecordedSubscription({ level: 'premier', start: '2025-05-01' });

describe('quota near its limit (Q1)', () => {
  it('is shown from 80 % of the month limit, with the forecast day', () => {
    expect(quotaItems(aTodayPartner({ subscription: standard, usedThisMonth: 23 }), '2026-03-10').filter((i) => i.kind === 'quota-near-limit')).toEqual([]);
    const [item] = quotaItems(aTodayPartner({ subscription: standard, usedThisMonth: 24 }), '2026-03-10');
    // 24 of 30 in 10 days runs out on day ceil(30 × 10 / 24) = 13.
    expect(item).toMatchObject({ kind: 'quota-near-limit', rule: 'Q1', used: 24, limit: 30, exhaustsOn: '2026-03-13', exhausted: false, urgency: 'week' });
  });

  it('an exhausted quota is for now; Q3 packs raise the limit the 80 % is taken of', () => {
    expect(quotaItems(aTodayPartner({ subscription: standard, usedThisMonth: 30 }), '2026-03-10')[0]).toMatchObject({ exhausted: true, urgency: 'now' });
    const withPack = aTodayPartner({ subscription: standard, usedThisMonth: 31, packs: [{ boughtOn: '2026-03-05', count: 1 }] });
    expect(quotaItems(withPack, '2026-03-10').map((i) => i.kind)).toEqual(['pack-expiring']);
  });

  it('Premier has no limit', () => {
    expect(quotaItems(aTodayPartner({ subscription: premier, usedThisMonth: 500 }), '2026-02-10')).toEqual([]);
  });
});

describe('packs expiring with cases left (Q2)', () => {
  const partner = (used: number) => aTodayPartner({ subscription: standard, usedThisMonth: used, packs: [{ boughtOn: '2026-03-05', count: 1 }] });

  it('on the last day of the month they expire tonight', () => {
    expect(quotaItems(partner(35), '2026-03-31').find((i) => i.kind === 'pack-expiring')).toMatchObject({
      rule: 'Q2',
      validUntil: '2026-03-31',
      casesLeft: 5,
      tonight: true,
      urgency: 'today',
    });
    expect(quotaItems(partner(35), '2026-03-30').find((i) => i.kind === 'pack-expiring')).toMatchObject({ tonight: false, urgency: 'week' });
  });

  it('counts only the pack cases still unused, and nothing when the month used them', () => {
    expect(quotaItems(partner(10), '2026-03-10').find((i) => i.kind === 'pack-expiring')).toMatchObject({ casesLeft: 10, urgency: 'month' });
    expect(quotaItems(partner(40), '2026-03-31').find((i) => i.kind === 'pack-expiring')).toBeUndefined();
  });

  it("last month's packs are gone", () => {
    const old = aTodayPartner({ subscription: standard, packs: [{ boughtOn: '2026-02-27', count: 1 }] });
    expect(quotaItems(old, '2026-03-01')).toEqual([]);
  });
});

describe('service year ending with balances left (B1-B3, S2)', () => {
  // Premier yearly from 2025-05-01: the service year ends on 2026-04-30 (its end is 2026-05-01).
  it('is shown from 60 days before the service year ends', () => {
    expect(quotaItems(aTodayPartner({ subscription: premier }), '2026-03-01')).toEqual([]);
    const [item] = quotaItems(aTodayPartner({ subscription: premier }), '2026-03-02');
    expect(item).toMatchObject({
      kind: 'service-year-ending',
      rule: 'S2',
      lastDay: '2026-04-30',
      keaDaysLeft: 8,
      consultingLeft: 8,
      onsiteTrainingsLeft: 1,
      urgency: 'later',
    });
    expect(quotaItems(aTodayPartner({ subscription: premier }), '2026-04-30')[0]).toMatchObject({ urgency: 'today' });
  });

  it('counts what was used, and says nothing once all is used', () => {
    const used = aTodayPartner({
      subscription: premier,
      kea: [{ start: '2025-06-01', end: '2025-06-05' }],
      consulting: Array.from({ length: 8 }, (_, i) => ({ date: `2025-${String(i + 5).padStart(2, '0')}-10`, hours: 2 })),
      trainings: [{ date: '2025-09-10', method: 'on-site' as const }],
    });
    expect(quotaItems(used, '2026-04-01')[0]).toMatchObject({ keaDaysLeft: 3, consultingLeft: 0, onsiteTrainingsLeft: 0 });
    const all = { ...used, kea: [{ start: '2025-06-01', end: '2025-06-08' }] };
    expect(quotaItems(all, '2026-04-01')).toEqual([]);
  });

  it('B1: a monthly plan has no KEA days to lose', () => {
    const monthly = aTodayPartner({ subscription: aRecordedSubscription({ level: 'standard', start: '2025-05-01', billing: 'monthly' }) });
    expect(quotaItems(monthly, '2026-04-01')[0]).toMatchObject({ keaDaysLeft: 0, consultingLeft: 4 });
  });
});
