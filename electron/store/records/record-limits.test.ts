import { describe, expect, it } from 'vitest';

import { unbounded } from '@test/fuzz/unbounded';

import { priceBook as priceBookRecord } from '../../values/price-book';
import { bookingRecord } from './bookings';
import { importedCalendarRecord } from './calendar';
import { caseRecord } from './cases';
import { partnerRecord } from './partners';
import { chargeRecord, consumptionRecord, packRecord, subscriptionRecord } from './plans';
import { sampleRecord } from './sample';
import { settingsRecord } from './settings';

describe('the stored records bound every input', () => {
  it('gives every string of the stored records a maximum length', () => {
    const records = {
      bookingRecord,
      caseRecord,
      packRecord,
      chargeRecord,
      consumptionRecord,
      importedCalendarRecord,
      partnerRecord,
      priceBookRecord,
      sampleRecord,
      settingsRecord,
      subscriptionRecord,
    };
    const found = Object.entries(records).flatMap(([name, schema]) => unbounded(schema, '', ['string']).map((where) => `${name} ${where}`));
    expect(found).toEqual([]);
  });
});
