import { describe, expect, it } from 'vitest';

import { endOfBeijingDay } from './case-items';
import { todayItems } from './today-items';
import { aTodayCase, aTodayPartner, todayInput } from './today-test-builders';

const at = (iso: string) => Date.parse(iso);
const kindsAt = (now: string, c = aTodayCase()) => todayItems(todayInput({ now, cases: [c], partners: [aTodayPartner()] })).map((i) => i.kind);

describe('case items (C2)', () => {
  it('ends the working day at the next Beijing midnight', () => {
    // 10:00 Beijing on 2 March → 00:00 Beijing on 3 March = 16:00Z on 2 March.
    expect(endOfBeijingDay(at('2026-03-02T02:00:00Z'))).toBe(at('2026-03-02T16:00:00Z'));
    // 23:59:59.999 Beijing is still the same day; midnight starts the next one.
    expect(endOfBeijingDay(at('2026-03-02T15:59:59.999Z'))).toBe(at('2026-03-02T16:00:00Z'));
    expect(endOfBeijingDay(at('2026-03-02T16:00:00Z'))).toBe(at('2026-03-03T16:00:00Z'));
  });

  it('running and due before the day ends: due today; at risk from 75 %; breached once past due', () => {
    expect(kindsAt('2026-03-02T07:59:59.999Z')).toEqual(['case-due-today']);
    expect(kindsAt('2026-03-02T08:00:00Z')).toEqual(['case-at-risk']);
    // C2: breached only once now > due.
    expect(kindsAt('2026-03-02T10:00:00Z')).toEqual(['case-at-risk']);
    expect(kindsAt('2026-03-02T10:00:00.001Z')).toEqual(['case-breached']);
  });

  it('a case due at or after midnight Beijing is not due today', () => {
    const midnight = aTodayCase({ atRiskMs: at('2026-03-02T15:00:00Z'), dueMs: at('2026-03-02T16:00:00Z'), dueAt: '2026-03-02T16:00:00Z' });
    expect(kindsAt('2026-03-02T02:00:00Z', midnight)).toEqual([]);
    const justBefore = { ...midnight, dueMs: at('2026-03-02T15:59:59.999Z'), dueAt: '2026-03-02T15:59:59.999Z' };
    expect(kindsAt('2026-03-02T02:00:00Z', justBefore)).toEqual(['case-due-today']);
  });

  it('carries what the sentence and the link need, breached first', () => {
    const items = todayItems(
      todayInput({
        now: '2026-03-02T09:00:00Z',
        partners: [aTodayPartner()],
        cases: [aTodayCase({ id: 'late', dueMs: at('2026-03-02T08:30:00Z'), dueAt: '2026-03-02T08:30:00Z' }), aTodayCase({ id: 'risk' })],
      }),
    );
    expect(items.map((i) => [i.kind, i.urgency])).toEqual([
      ['case-breached', 'now'],
      ['case-at-risk', 'now'],
    ]);
    expect(items[0]).toMatchObject({
      rule: 'C2',
      partnerName: 'Acme',
      customer: 'Shop',
      vendorRef: 'V-1',
      target: { to: 'case', caseId: 'late', partnerId: 'p1' },
    });
  });
});
