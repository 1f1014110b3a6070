import { describe, expect, it } from 'vitest';

import { aSubscription } from '@test/builders/domain';

import { checkLevelChange, checkSubscribe } from './level-change';

const codes = (r: { ok: true; warnings: readonly { code: string }[] } | { ok: false }) => (r.ok ? r.warnings.map((w) => w.code) : null);

describe('S4 / S5 checkLevelChange', () => {
  it('refuses the level already in force', () => {
    const r = checkLevelChange(aSubscription(), { on: '2026-03-01', level: 'standard' });
    expect(r.ok ? null : r.error.code).toBe('SAME_LEVEL');
  });

  it('warns about a change within 30 days of the previous one, not about the first subscription', () => {
    const first = checkLevelChange(aSubscription({ start: '2026-03-01' }), { on: '2026-03-10', level: 'premier' });
    expect(first.ok && first.value.kind).toBe('upgrade');
    expect(codes(first)).toEqual([]);
    const changed = aSubscription({ changes: [{ from: '2026-03-01', level: 'premier' }] });
    expect(codes(checkLevelChange(changed, { on: '2026-03-31', level: 'standard' }))).toEqual(['FREQUENT_CHANGE']);
    expect(codes(checkLevelChange(changed, { on: '2026-04-01', level: 'standard' }))).toEqual([]); // 31 days later
  });

  it('does not count a new subscription after an unsubscribe as a change', () => {
    const back = aSubscription({
      changes: [
        { from: '2026-03-01', level: null },
        { from: '2026-05-01', level: 'standard' },
      ],
    });
    expect(codes(checkLevelChange(back, { on: '2026-05-20', level: 'premier' }))).toEqual([]);
    // The unsubscribe itself is a change: a new level within 30 days of it would be frequent.
    const soon = aSubscription({
      changes: [
        { from: '2026-03-01', level: null },
        { from: '2026-03-10', level: 'standard' },
      ],
    });
    expect(codes(checkLevelChange(soon, { on: '2026-03-20', level: 'premier' }))).toEqual(['FREQUENT_CHANGE']);
  });

  it('refuses after an unsubscribe or before the start', () => {
    const gone = aSubscription({ changes: [{ from: '2026-03-01', level: null }] });
    const r = checkLevelChange(gone, { on: '2026-04-01', level: 'premier' });
    expect(r.ok ? null : r.error.code).toBe('NO_ACTIVE_SUBSCRIPTION');
    expect(checkLevelChange(aSubscription(), { on: '2025-12-01', level: 'premier' }).ok).toBe(false);
  });

  it('classifies downgrades and unsubscribes', () => {
    const r = checkLevelChange(aSubscription({ level: 'premier' }), { on: '2026-05-01', level: 'basic' });
    expect(r.ok && r.value.kind).toBe('downgrade');
    const u = checkLevelChange(aSubscription(), { on: '2026-05-01', level: null });
    expect(u.ok && u.value.kind).toBe('unsubscribe');
  });

  it('P4: warns when the partner is not a consulting partner', () => {
    expect(codes(checkLevelChange(aSubscription(), { on: '2026-05-01', level: 'premier' }, { partnerType: 'reseller' }))).toEqual(['NOT_CONSULTING_PARTNER']);
    expect(codes(checkSubscribe({ start: '2026-01-01', billing: 'yearly', level: 'basic', partnerType: 'consulting' }))).toEqual([]);
    expect(codes(checkSubscribe({ start: '2026-01-01', billing: 'yearly', level: 'basic', partnerType: 'solution' }))).toEqual(['NOT_CONSULTING_PARTNER']);
  });
});
