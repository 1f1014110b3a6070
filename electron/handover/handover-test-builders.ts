// Stored records with fixed, readable defaults for the hand-over's unit tests: each test states only what it is about.
import { aBooking } from '@test/builders/bookings';
import { aStoredCase } from '@test/builders/cases';

import type { DeskData } from '../store/desk-data';
import { deskFile } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import type { StoredPartner } from '../store/records/partners';
import type { StoredCharge, StoredConsumption, StoredPack, StoredSubscription } from '../store/records/plans';
import type { HandoverEntry } from './format';
import type { DeskSide } from './merge-plan';

const AT = '2026-01-05T02:00:00Z';

export const aStoredPartner = (overrides: Partial<StoredPartner> = {}): StoredPartner => ({
  name: 'Lotus Digital',
  type: 'consulting',
  contactName: 'Li Wei',
  contactEmail: '',
  contactPhone: '',
  notes: '',
  id: 'p-1',
  archived: false,
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
});

/** Yearly Standard from 1 January 2026. */
export const aStoredSubscription = (overrides: Partial<StoredSubscription> = {}): StoredSubscription => ({
  id: 's-1',
  partnerId: 'p-1',
  start: '2026-01-01',
  billing: 'yearly',
  levels: [{ from: '2026-01-01', level: 'standard' }],
  period: { start: '2026-01-01', end: '2027-01-01' },
  segment: { start: '2026-01-01', paid: 1_200_000 },
  createdAt: AT,
  ...overrides,
});

export const aStoredCharge = (overrides: Partial<StoredCharge> = {}): StoredCharge => ({
  id: 'ch-1',
  partnerId: 'p-1',
  date: '2026-01-01',
  kind: 'prepayment',
  amount: 1_200_000,
  currency: 'CNY',
  level: 'standard',
  rule: 'S1',
  recordedAt: AT,
  ...overrides,
});

/** One pack bought 5 March 2026, with its charge ch-pack (M7). */
export const aStoredPack = (overrides: Partial<StoredPack> = {}): StoredPack => ({
  id: 'pack-1',
  partnerId: 'p-1',
  boughtOn: '2026-03-05',
  count: 1,
  validUntil: '2026-03-31',
  chargeId: 'ch-pack',
  ...overrides,
});

export const aStoredConsumption = (overrides: Partial<StoredConsumption> = {}): StoredConsumption => ({
  partnerId: 'p-1',
  month: '2026-02',
  amount: 5_000_000,
  updatedAt: '2026-03-01T02:00:00Z',
  ...overrides,
});

/** A stored case of p-1 (an open Standard technical case of 2 March 2026), opened by hand. */
export const aCaseOf = (id: string, overrides: Partial<StoredCase> = {}): StoredCase =>
  aStoredCase({ id, partnerId: 'p-1', history: [{ at: '2026-03-02T02:00:00Z', action: 'opened', reason: '' }], ...overrides });

/** A stored booking of p-1 (an online training on 3 March 2026). */
export const aBookingOf = (id: string, overrides: Partial<StoredBooking> = {}): StoredBooking => aBooking('p-1', { id, ...overrides }) as StoredBooking;

/** One partner's entry: Lotus Digital on yearly Standard, with its prepayment; no cases or bookings. */
export const anEntry = (overrides: Partial<HandoverEntry> = {}): HandoverEntry => ({
  partner: aStoredPartner(),
  subscriptions: [aStoredSubscription()],
  charges: [aStoredCharge()],
  packs: [],
  consumption: [],
  cases: [],
  bookings: [],
  ...overrides,
});

/** A desk holding what `entries` hold in desk.json (their cases and bookings go in `deskSideOf`). */
export function aDeskWith(...entries: HandoverEntry[]): DeskData {
  const empty = deskFile.empty();
  return {
    ...empty,
    partners: entries.map((e) => e.partner),
    subscriptions: entries.flatMap((e) => e.subscriptions),
    charges: entries.flatMap((e) => e.charges),
    packs: entries.flatMap((e) => e.packs),
    consumption: entries.flatMap((e) => e.consumption),
  };
}

export const deskSideOf = (...entries: HandoverEntry[]): DeskSide => ({
  cases: new Map(entries.map((e) => [e.partner.id, e.cases])),
  bookings: new Map(entries.map((e) => [e.partner.id, e.bookings])),
});
