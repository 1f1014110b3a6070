import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { unbounded } from '@test/fuzz/unbounded';
import { validRequest } from '@test/fuzz/valid-values';

import { seededRandom } from '../../seed/random';
import { contract } from './index';

const channels = Object.entries(contract) as [string, { request: z.ZodType }][];

describe('the contract bounds every input, so no request can make main hold or write without limit', () => {
  it('gives every string and every array of every request a maximum length, at any depth', () => {
    const found = channels.flatMap(([name, { request }]) => unbounded(request, '', ['string', 'array']).map((where) => `${name} ${where}`));
    expect(found).toEqual([]);
  });

  it('refuses a string one character over its limit', () => {
    expect(contract['partners/update'].request.safeParse({ id: 'x'.repeat(101), changes: {} }).success).toBe(false);
    expect(contract['settings/update'].request.safeParse({ tables: { ['a'.repeat(41)]: { hidden: [], sort: [] } } }).success).toBe(false);
  });
});

describe("the fuzzer's request generator (test/fuzz)", () => {
  const pools = {
    partnerIds: ['partner-000001'],
    partnerNames: ['Lotus Digital'],
    caseIds: ['case-000001'],
    bookingIds: ['booking-000001'],
    seeded: { partners: 1, cases: 1, bookings: 1 },
  };

  it('makes requests that every channel accepts, most of the time', () => {
    const random = seededRandom(7);
    const refusedOften = channels.filter(([channel, { request }]) => {
      const accepted = Array.from({ length: 20 }, () => request.safeParse(validRequest(request, { random, pools, channel })).success).filter(Boolean).length;
      return accepted < 15;
    });
    expect(refusedOften.map(([name]) => name)).toEqual([]);
  });

  it('is the same from the same seed', () => {
    const make = () => channels.map(([channel, { request }]) => validRequest(request, { random: seededRandom(3), pools, channel }));
    expect(make()).toEqual(make());
  });
});
