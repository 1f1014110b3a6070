import { describe, expect, it } from 'vitest';

import type { SlaRow } from '@main/ipc/contract';

import { countBoard, nextTransitionMs, remainingAt, statusAt, toClockRow, transitionKey } from './sla-clock';

const aRow = (overrides: Partial<SlaRow> = {}) =>
  toClockRow({
    id: 'c1',
    partnerId: 'p1',
    partnerName: 'Lotus Digital',
    customer: '',
    kind: 'technical',
    category: 'service-unavailable',
    level: 'premier',
    severity: 'core-production-unavailable',
    correctedSeverity: null,
    guaranteed: true,
    clock: '24/7',
    vendorRef: '',
    openedAt: '2026-03-02T02:00:00Z',
    atRiskAt: '2026-03-02T02:11:15Z',
    dueAt: '2026-03-02T02:15:00Z',
    respondedAt: null,
    ...overrides,
  });
const at = (iso: string) => Date.parse(iso);

describe('SLA clock rows', () => {
  it('C2: running, at risk from the milestone, breached after due, met once answered', () => {
    const row = aRow();
    expect(statusAt(row, at('2026-03-02T02:11:14Z'))).toBe('running');
    expect(statusAt(row, at('2026-03-02T02:11:15Z'))).toBe('at-risk');
    expect(statusAt(row, at('2026-03-02T02:15:01Z'))).toBe('breached');
    expect(statusAt(aRow({ respondedAt: '2026-03-02T02:14:00Z' }), at('2026-03-03T00:00:00Z'))).toBe('met');
  });

  it('counts the board and changes its key on every transition, not on every tick', () => {
    const rows = [aRow(), aRow({ id: 'c2', atRiskAt: '2026-03-02T02:20:00Z', dueAt: '2026-03-02T02:30:00Z' })];
    const keys = ['02:00:00', '02:05:00', '02:12:00', '02:15:01', '02:20:00', '02:30:01'].map((t) => transitionKey(rows, at(`2026-03-02T${t}Z`)));
    expect(keys).toEqual(['0/0', '0/0', '1/0', '0/1', '1/1', '0/2']);
    expect(countBoard(rows, at('2026-03-02T02:20:00Z'))).toEqual({ running: 0, atRisk: 1, breached: 1, answered: 0 });
  });

  it('knows the next instant a status changes, so ticks before it need not count the board', () => {
    const rows = [
      aRow(),
      aRow({ id: 'c2', atRiskAt: '2026-03-02T02:20:00Z', dueAt: '2026-03-02T02:30:00Z' }),
      aRow({ id: 'c3', respondedAt: '2026-03-02T02:01:00Z' }),
    ];
    // Every second from 02:00 to 02:31: a status changes exactly when the next transition is due.
    let due = nextTransitionMs(rows, at('2026-03-02T02:00:00Z'));
    let key = transitionKey(rows, at('2026-03-02T02:00:00Z'));
    for (let ms = at('2026-03-02T02:00:01Z'); ms <= at('2026-03-02T02:31:00Z'); ms += 1000) {
      const next = transitionKey(rows, ms);
      if (ms < due) expect(next, new Date(ms).toISOString()).toBe(key);
      else due = nextTransitionMs(rows, ms);
      key = next;
    }
    expect(nextTransitionMs(rows, at('2026-03-02T02:31:00Z'))).toBe(Number.POSITIVE_INFINITY);
  });

  it('time left and overdue, in whole seconds', () => {
    expect(remainingAt(aRow(), at('2026-03-02T01:13:30.400Z'))).toEqual({ overdue: false, hours: 1, minutes: 1, seconds: 29 });
    expect(remainingAt(aRow(), at('2026-03-02T02:17:05Z'))).toEqual({ overdue: true, hours: 0, minutes: 2, seconds: 5 });
    expect(remainingAt(aRow({ respondedAt: '2026-03-02T02:14:00Z' }), at('2026-03-02T02:17:05Z'))).toBeNull();
  });
});
