import { describe, expect, it } from 'vitest';

import type { DeskData } from '../store/desk-data';
import { byPartner, partnerRecords } from './partner-records';

const desk = (charges: { partnerId: string; amount: number }[]) => ({ charges, consumption: [], subscriptions: [], packs: [] }) as unknown as DeskData;

describe('partnerRecords', () => {
  it('groups each list by partner in its order, once per version of the desk', () => {
    expect([
      ...byPartner([
        { partnerId: 'a', n: 1 },
        { partnerId: 'b', n: 2 },
        { partnerId: 'a', n: 3 },
      ]),
    ]).toEqual([
      [
        'a',
        [
          { partnerId: 'a', n: 1 },
          { partnerId: 'a', n: 3 },
        ],
      ],
      ['b', [{ partnerId: 'b', n: 2 }]],
    ]);
    const first = desk([{ partnerId: 'a', amount: 100 }]);
    expect(partnerRecords(first)).toBe(partnerRecords(first));
    // A write makes a new DeskData: its records are grouped afresh, never taken from the old one.
    const next = desk([
      { partnerId: 'a', amount: 100 },
      { partnerId: 'a', amount: 250 },
    ]);
    expect(
      partnerRecords(next)
        .charges.get('a')
        ?.map((c) => c.amount),
    ).toEqual([100, 250]);
    expect(
      partnerRecords(first)
        .charges.get('a')
        ?.map((c) => c.amount),
    ).toEqual([100]);
  });
});
