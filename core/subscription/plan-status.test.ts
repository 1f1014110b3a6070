import { describe, expect, it } from 'vitest';

import { aRecordedSubscription } from '@test/builders/domain';

import { checkHasSubscription, endedOn, hasEnded, planStatus, renewalOpensOn } from './plan-status';

// Standard, yearly, from 1 January 2026: the period in force ends on 1 January 2027.
const recorded = aRecordedSubscription();
const unsubscribing = (on: string) => aRecordedSubscription({ changes: [{ from: on, level: null }] });

describe('S5 the end of a plan', () => {
  it('a plan ends on the date of the unsubscribe its timeline ends with', () => {
    expect(endedOn(recorded)).toBeNull();
    expect(endedOn(unsubscribing('2026-06-01'))).toBe('2026-06-01');
    expect(
      endedOn(
        aRecordedSubscription({
          changes: [
            { from: '2026-06-01', level: null },
            { from: '2026-07-01', level: 'premier' },
          ],
        }),
      ),
    ).toBeNull();
  });

  it('an unsubscribe dated ahead ends the plan only on its date', () => {
    expect(hasEnded(unsubscribing('2026-06-01'), '2026-05-31')).toBe(false);
    expect(hasEnded(unsubscribing('2026-06-01'), '2026-06-01')).toBe(true);
    expect(hasEnded(recorded, '2030-01-01')).toBe(false);
  });

  it('a partner that never subscribed has no plan', () => {
    expect(checkHasSubscription(null)).toMatchObject({ ok: false, error: { code: 'NO_ACTIVE_SUBSCRIPTION', rule: 'S5', data: {} } });
    expect(checkHasSubscription(recorded)).toMatchObject({ ok: true, value: recorded });
  });
});

describe('S1 the renewal notice', () => {
  it('opens 30 days before the period ends', () => {
    expect(renewalOpensOn(recorded.period)).toBe('2026-12-02');
    expect(planStatus(recorded, '2026-12-01')).toEqual({
      endsOn: null,
      levelToday: 'standard',
      serviceYear: { index: 0, start: '2026-01-01', end: '2027-01-01' },
      nextRenewal: '2027-01-01',
      renewalDue: false,
    });
    expect(planStatus(recorded, '2026-12-02').renewalDue).toBe(true);
    // A period that ended without a renewal still waits for one.
    expect(planStatus(recorded, '2027-02-01')).toMatchObject({ nextRenewal: '2027-01-01', renewalDue: true, serviceYear: { index: 1 } });
  });

  it('an unsubscribe recorded ahead leaves nothing to renew; once in force the plan has no year or renewal', () => {
    expect(planStatus(unsubscribing('2026-12-20'), '2026-12-10')).toMatchObject({
      endsOn: '2026-12-20',
      levelToday: 'standard',
      nextRenewal: '2027-01-01',
      renewalDue: false,
    });
    expect(planStatus(unsubscribing('2026-12-20'), '2026-12-20')).toEqual({
      endsOn: '2026-12-20',
      levelToday: null,
      serviceYear: null,
      nextRenewal: null,
      renewalDue: false,
    });
  });

  it('a partner that never subscribed stands nowhere', () => {
    expect(planStatus(null, '2026-03-01')).toEqual({ endsOn: null, levelToday: null, serviceYear: null, nextRenewal: null, renewalDue: false });
  });
});
