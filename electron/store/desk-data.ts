import { z } from 'zod';

import { validateCalendarFile } from '@core/calendar';
import { samplePriceBook } from '@core/money';
import { beijingDateOf, monthOf, previousMonth } from '@core/time';

import { priceBook } from '../values/price-book';
import { addedCaseFacts, appendedCaseFacts, caseFactsOf, caseFactsText, readCaseFacts } from './case-facts';
import { workedOn } from './case-sla-facts';
import type { DataFileSpec } from './data-file';
import type { Migration } from './migrations';
import { bookingRecord, type StoredBooking } from './records/bookings';
import { importedCalendarRecord } from './records/calendar';
import { caseRecord, type StoredCase } from './records/cases';
import { partnerRecord } from './records/partners';
import { chargeRecord, consumptionRecord, packRecord, subscriptionRecord } from './records/plans';
import { sampleRecord } from './records/sample';
import { settingsRecord } from './records/settings';
import type { CollectionSpec } from './store-types';

/**
 * The main data file (desk.json): what stays small (settings, partners, later subscriptions
 * and price book). What grows without bound lives in partitioned collections beside it. Its
 * records are the store's own (./records): a change on the wire is not a change of this file.
 */
export const DESK_SCHEMA_VERSION = 7;

const deskData = z.object({
  schemaVersion: z.literal(DESK_SCHEMA_VERSION),
  settings: settingsRecord,
  partners: z.array(partnerRecord),
  priceBook,
  /** M2: the shipped price book is a sample until the user has reviewed and saved it. */
  priceBookReviewed: z.boolean(),
  subscriptions: z.array(subscriptionRecord),
  charges: z.array(chargeRecord),
  /** Q2: add-on packs bought; each has its charge among the charges (M7). */
  packs: z.array(packRecord),
  /** T2: the holiday calendar file the user imported; null uses the shipped calendar alone. */
  calendar: importedCalendarRecord.nullable(),
  /** M9: each partner's cloud consumption per month, entered by the user (one entry a month). */
  consumption: z.array(consumptionRecord),
  /** Set while the data is the generated sample portfolio, so it can be removed as a whole. */
  sample: sampleRecord.nullable(),
});

export type DeskData = z.infer<typeof deskData>;

const migrations: Migration[] = [
  // v2: price book, subscriptions and the charges recorded against them.
  { from: 1, up: (raw) => ({ ...raw, priceBook: samplePriceBook, priceBookReviewed: false, subscriptions: [], charges: [] }) },
  // v3: add-on packs.
  { from: 2, up: (raw) => ({ ...raw, packs: [] }) },
  // v4: an imported holiday calendar; none yet, so the shipped one applies as before.
  { from: 3, up: (raw) => ({ ...raw, calendar: null }) },
  // v5: cloud consumption per partner and month (M9); none known yet, so every fee is pending.
  { from: 4, up: (raw) => ({ ...raw, consumption: [] }) },
  // v6: the sample portfolio's mark; data written before it is the user's own.
  { from: 5, up: (raw) => ({ ...raw, sample: null }) },
  // v7: an imported calendar must cover at most 20 years within 2000-2199 (T2). One stored before
  // that check (years to 9999 made every screen walk thousands of years) is dropped: the shipped
  // calendar applies again, as after "Back to the shipped calendar", and the copy kept before
  // migrating still holds it.
  { from: 6, up: (raw) => ({ ...raw, calendar: calendarStillValid(raw.calendar) ? raw.calendar : null }) },
];

function calendarStillValid(record: unknown): boolean {
  const file = (record as { file?: unknown } | null)?.file;
  return file !== undefined && validateCalendarFile(file).ok;
}

export const deskFile: DataFileSpec<DeskData> = {
  schemaVersion: DESK_SCHEMA_VERSION,
  // desk.json is never deleted by the app: missing while a backup has it is damage.
  restoreWhenMissing: true,
  schema: deskData,
  empty: () => ({
    schemaVersion: DESK_SCHEMA_VERSION,
    settings: { language: null, tables: {} },
    partners: [],
    priceBook: samplePriceBook,
    priceBookReviewed: false,
    subscriptions: [],
    charges: [],
    packs: [],
    calendar: null,
    consumption: [],
    sample: null,
  }),
  migrations,
};

/** Growing collections, each split into files by Beijing month or year. */
export type DeskCollections = { cases: StoredCase; bookings: StoredBooking };

/**
 * Cases, one file per Beijing day of opening (T1): logging a case rewrites only that day's file
 * (a month of a large portfolio is ~4,000 cases, ~1.5 MB to rewrite on every case). A month's
 * cases (Q1) are its days' files, `inPartitions('YYYY-MM')`. Folders written with one file per
 * month are split into days on load.
 *
 * Only what the app answers from at once stays in memory: the current and previous Beijing
 * month (quota checks and entry, Q1-Q3) and every day holding a case still being worked on (the
 * SLA board and its alerts, C2). Older days are read when a report or list asks for them, and
 * about five busy months of them stay cached (see Performance in the README).
 */
export const casesCollection: CollectionSpec<StoredCase> = {
  name: 'cases',
  schemaVersion: 1,
  item: caseRecord,
  migrations: [],
  partitionOf: (c) => beijingDateOf(c.openedAt),
  // Every change to a case adds to its history, so the latest entry dates the version.
  revision: (c) => c.history.at(-1)?.at ?? c.openedAt,
  resident: {
    partition: (day, now) => day.slice(0, 7) >= previousMonth(monthOf(beijingDateOf(now.getTime()))),
    item: workedOn,
    cachedItems: 20_000,
  },
  facts: { compute: caseFactsOf, of: caseFactsText, read: readCaseFacts, appended: appendedCaseFacts, added: addedCaseFacts },
};

/** Bookings (B1-B3), one file per Beijing year of their start date: few per partner and month. */
export const bookingsCollection: CollectionSpec<StoredBooking> = {
  name: 'bookings',
  schemaVersion: 1,
  item: bookingRecord,
  migrations: [],
  partitionOf: (b) => b.start.slice(0, 4),
  revision: (b) => b.history.at(-1)?.at ?? b.appliedOn,
};
