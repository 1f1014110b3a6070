import { describe, expect, it } from 'vitest';

import { type PullRead, PullReads, STORE_EVERY } from './pull-batch';
import type { CheckedYear } from './records';

const year = (cases: number): CheckedYear =>
  ({
    cases: { ok: Array.from({ length: cases }, (_, i) => ({ id: `c${i}` })), invalid: [], merged: [] },
    bookings: { ok: [], invalid: [], merged: [] },
  }) as unknown as CheckedYear;

const read = (partnerId: string, cases: number): PullRead =>
  ({ partnerId, seen: new Set(), inDoc: new Set(), checked: {}, years: new Map([['2026', year(cases)]]), reached: true }) as unknown as PullRead;

describe('what a catching-up desk has read and not yet stored', () => {
  it('is stored once nothing more is to be read, or once enough cases wait', () => {
    const reads = new PullReads();
    expect(reads.ready(false)).toBe(false);
    reads.add([read('p1', 10)]);
    expect(reads.ready(true)).toBe(false);
    expect(reads.ready(false)).toBe(true);
    reads.add([read('p2', STORE_EVERY - 10)]);
    expect(reads.ready(true)).toBe(true);
    expect(reads.take().map((r) => r.partnerId)).toEqual(['p1', 'p2']);
    expect(reads.size).toBe(0);
    reads.add([read('p3', 1)]);
    expect(reads.ready(true)).toBe(false);
  });

  it('knows a partner read and not stored, so it is stored before that partner is read again', () => {
    const reads = new PullReads();
    reads.add([read('p1', 1)]);
    expect(reads.holdsAny([{ partnerId: 'p2', seen: new Set() }])).toBe(false);
    expect(
      reads.holdsAny([
        { partnerId: 'p2', seen: new Set() },
        { partnerId: 'p1', seen: new Set() },
      ]),
    ).toBe(true);
  });
});
