import type { PriceBook } from '@core/money';
import { beijingDateOf } from '@core/time';

import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { generatePortfolio } from './portfolio';
import { busyMonthCases } from './sample-busy-month';
import { liveClockCases } from './sample-clocks';

/** Every id of the sample starts with it, so its records are recognisable wherever they turn up. */
export const SAMPLE_ID_PREFIX = 'sample-';

// One fixed seed: everyone who explores sees the same partners, only dated up to their own today.
const SAMPLE_SEED = 20260808;

export type SamplePortfolio = {
  desk: Pick<DeskData, 'partners' | 'subscriptions' | 'charges' | 'packs' | 'consumption'>;
  cases: StoredCase[];
  bookings: StoredBooking[];
};

/**
 * The small portfolio a first-time user explores: a dozen partners on every level, billed
 * monthly and yearly, over the six months up to today's Beijing date, with their cases (a few
 * with clocks running, at risk and breached right now), packs, bookings and cloud consumption.
 */
export function generateSample(input: { nowMs: number; priceBook: PriceBook }): SamplePortfolio {
  const until = beijingDateOf(input.nowMs);
  // Busy enough that a Standard partner buys an add-on pack now and then (Q2).
  const portfolio = generatePortfolio({
    partners: 12,
    months: 6,
    seed: SAMPLE_SEED,
    until,
    nowMs: input.nowMs,
    casesPerPartnerMonth: 22,
    idPrefix: SAMPLE_ID_PREFIX,
    priceBook: input.priceBook,
  });
  const { desk } = portfolio;
  // Q1: one Standard partner near its month's limit, so the quota warnings have something to show.
  const history = [...portfolio.cases, ...busyMonthCases(desk, portfolio.cases, input.nowMs, SAMPLE_ID_PREFIX)];
  const cases = [...history, ...liveClockCases(desk, history, input.nowMs, SAMPLE_ID_PREFIX)];
  // M9: the generator stores consumption for the months that have ended since each partner joined.
  return {
    desk: { partners: desk.partners, subscriptions: desk.subscriptions, charges: desk.charges, packs: desk.packs, consumption: desk.consumption },
    cases,
    bookings: portfolio.bookings,
  };
}
