import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { seededRandom } from '../../seed/random';
import { childrenOf, describe as describeSchema } from '../../../test/fuzz/schema-node';
import { validRequest } from '../../../test/fuzz/valid-values';
import { contract } from './index';
import { bookingRecord } from './bookings';
import { importedCalendarRecord } from './calendar';
import { caseRecord, packRecord } from './cases';
import { consumptionRecord } from './consumption';
import { partnerRecord } from './partners';
import { priceBookRecord } from './price-book';
import { sampleRecord } from './sample';
import { settingsRecord } from './settings';
import { chargeRecord, subscriptionRecord } from './subscriptions';

/** Every place under a schema where a string or an array has no upper bound on its length. */
function unbounded(schema: z.ZodType, path: string, kinds: readonly ('string' | 'array')[], out: string[] = []): string[] {
  const node = describeSchema(schema);
  if (node.kind === 'string' && kinds.includes('string') && node.maxLength === null) out.push(`${path || '(request)'}: string`);
  if (node.kind === 'array' && kinds.includes('array') && node.maxLength === null) out.push(`${path || '(request)'}: array`);
  for (const child of childrenOf(node)) unbounded(child.schema, child.step && !child.step.startsWith('|') ? (path ? `${path}.${child.step}` : child.step) : path, kinds, out);
  return out;
}

const channels = Object.entries(contract) as [string, { request: z.ZodType }][];

describe('the contract bounds every input (issue 13)', () => {
  it('gives every string and every array of every request a maximum length, at any depth', () => {
    const found = channels.flatMap(([name, { request }]) => unbounded(request, '', ['string', 'array']).map((where) => `${name} ${where}`));
    expect(found).toEqual([]);
  });

  it('gives every string of the stored records a maximum length', () => {
    const records = { bookingRecord, caseRecord, packRecord, chargeRecord, consumptionRecord, importedCalendarRecord, partnerRecord, priceBookRecord, sampleRecord, settingsRecord, subscriptionRecord };
    const found = Object.entries(records).flatMap(([name, schema]) => unbounded(schema, '', ['string']).map((where) => `${name} ${where}`));
    expect(found).toEqual([]);
  });

  it('refuses a string one character over its limit', () => {
    expect(contract['partners/update'].request.safeParse({ id: 'x'.repeat(101), changes: {} }).success).toBe(false);
    expect(contract['settings/update'].request.safeParse({ tables: { ['a'.repeat(41)]: { hidden: [], sort: [] } } }).success).toBe(false);
  });
});

describe("the fuzzer's request generator (test/fuzz)", () => {
  const pools = { partnerIds: ['partner-000001'], partnerNames: ['Lotus Digital'], caseIds: ['case-000001'], bookingIds: ['booking-000001'], seeded: { partners: 1, cases: 1, bookings: 1 } };

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
