import type { PriceBook } from '@core/money';
import { samplePriceBook } from '@core/money';
import { addDays, addMonths, beijingDateOf, formatInstant, type MonthKey, monthOf, monthStart, parseInstant } from '@core/time';

import { type DeskData, deskFile } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { seededRandom } from './random';
import { seedBookings } from './seed-bookings';
import { seedCases } from './seed-cases';
import { type SeedIds, seedPlans } from './seed-plans';

export type PortfolioOptions = {
  partners: number;
  /** How far back the portfolio reaches, in months, up to `until`. */
  months: number;
  seed: number;
  /** The Beijing date the portfolio is generated as of ("today"); nothing happens after it. */
  until: string;
  /** Mean cases a partner logs a month (each partner is busier or quieter around it). */
  casesPerPartnerMonth?: number;
  /** The most recent cases still waiting for a first response (the SLA board's backlog). */
  unanswered?: number;
  /** Prefix of every id, so a sample portfolio's records are recognisable. */
  idPrefix?: string;
  /** The instant "now" on `until` (default mid-morning Beijing time): no case opens after it. */
  nowMs?: number;
  /** The prices every charge is quoted from (default the shipped sample price book). */
  priceBook?: PriceBook;
};

export type Portfolio = {
  desk: DeskData;
  cases: StoredCase[];
  bookings: StoredBooking[];
  /** M9: each partner's cloud consumption per month, minor units; the ended months since it joined are also in `desk.consumption`. */
  consumption: Record<string, Record<MonthKey, number>>;
};

function counters(prefix: string): SeedIds {
  const seen = new Map<string, number>();
  return {
    next: (kind) => {
      const n = (seen.get(kind) ?? 0) + 1;
      seen.set(kind, n);
      return `${prefix}${kind}-${String(n).padStart(6, '0')}`;
    },
  };
}

/**
 * A realistic, deterministic portfolio: the same options always give the same records. Every
 * record goes through the checks the app applies on entry, so it opens and validates like data
 * a manager typed in.
 */
export function generatePortfolio(options: PortfolioOptions): Portfolio {
  const random = seededRandom(options.seed);
  const ids = counters(options.idPrefix ?? '');
  const from = monthStart(addMonths(options.until, -options.months));
  // "Now" is mid-morning Beijing time on the last day, unless the caller knows the real instant.
  const nowMs = options.nowMs ?? parseInstant(`${options.until}T10:30:00+08:00`);
  const priceBook = options.priceBook ?? samplePriceBook;
  const empty = { ...deskFile.empty(), priceBook };
  const plans = seedPlans({ random, ids, count: options.partners, from, until: options.until, priceBook });
  const base: DeskData = { ...empty, partners: plans.partners, subscriptions: plans.subscriptions, charges: plans.charges };
  const seeded = seedCases({
    random,
    ids,
    desk: base,
    until: options.until,
    nowMs,
    perPartnerMonth: options.casesPerPartnerMonth ?? 14,
    unanswered: options.unanswered ?? 0,
  });
  const desk: DeskData = { ...base, charges: [...plans.charges, ...seeded.charges], packs: seeded.packs };
  const bookings = seedBookings({ random, ids, desk, until: options.until });
  const consumption: Portfolio['consumption'] = {};
  for (const partner of desk.partners) {
    const scale = 200_000 + random.int(0, 8_000_000);
    const months: Record<MonthKey, number> = {};
    for (let month = monthOf(from); monthStart(month) <= options.until; month = monthOf(addDays(monthStart(month), 32))) {
      months[month] = Math.round(scale * (0.7 + random.next() * 0.6)) * 100;
    }
    consumption[partner.id] = months;
  }
  // M9: stored as a manager enters it: once a month has ended, from the month the partner joined.
  const thisMonth = monthOf(options.until);
  const updatedAt = formatInstant(nowMs);
  const records = desk.partners.flatMap((partner) => {
    const joined = monthOf(beijingDateOf(partner.createdAt));
    return Object.entries(consumption[partner.id] ?? {})
      .filter(([month]) => month >= joined && month < thisMonth)
      .map(([month, amount]) => ({ partnerId: partner.id, month, amount, updatedAt }));
  });
  return { desk: { ...desk, consumption: records }, cases: seeded.cases, bookings, consumption };
}
