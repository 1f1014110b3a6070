import { type Desk, openDesk } from '@main/desk';
import { generatePortfolio } from '@main/seed/portfolio';
import { writePortfolio } from '@main/seed/write-portfolio';

import { tempDataDir, testServices } from '../builders/services';
import type { IdPools } from './generate-context';

export type FuzzDesk = {
  desk: Desk;
  dir: string;
  pools: IdPools;
  services: ReturnType<typeof testServices>;
  /** Moves main's clock on (deterministically, unlike the real one). */
  advanceClock: (ms: number) => void;
  close: () => Promise<void>;
};

// Main's clock starts at 2026-03-02 10:00 Beijing: the portfolio ends on that day.
const START = Date.parse('2026-03-02T02:00:00Z');
// Three partners on each level, monthly and yearly, about 250 cases and a dozen bookings.
const PORTFOLIO_SEED = 37;

/**
 * A real desk in a temp folder holding a small, realistic portfolio: partners on every level,
 * monthly and yearly, with subscriptions, charges, packs, cases (some still unanswered) and
 * bookings. The same portfolio every run, whatever the fuzzer's seed.
 */
export async function openFuzzDesk(): Promise<FuzzDesk> {
  const { dir, cleanup } = await tempDataDir();
  let nowMs = START;
  const services = testServices({ now: () => new Date(nowMs) }, dir);
  const portfolio = generatePortfolio({
    partners: 9,
    months: 4,
    seed: PORTFOLIO_SEED,
    until: '2026-03-02',
    nowMs: START,
    unanswered: 4,
    casesPerPartnerMonth: 8,
  });
  const desk = await openDesk({ dataDir: dir, services });
  await writePortfolio(desk.store, portfolio);
  // Q2: an add-on pack for each Standard partner, bought through the channel as a user would.
  for (const subscription of portfolio.desk.subscriptions) {
    if (subscription.levels.at(-1)?.level !== 'standard') continue;
    await desk.dispatch('quotas/buy-pack', { partnerId: subscription.partnerId, boughtOn: '2026-03-01', count: 1 });
  }
  const pools: IdPools = {
    partnerIds: portfolio.desk.partners.map((p) => p.id),
    partnerNames: portfolio.desk.partners.map((p) => p.name),
    caseIds: portfolio.cases.map((c) => c.id),
    bookingIds: portfolio.bookings.map((b) => b.id),
    seeded: { partners: portfolio.desk.partners.length, cases: portfolio.cases.length, bookings: portfolio.bookings.length },
  };
  return {
    desk,
    dir,
    pools,
    services,
    advanceClock: (ms) => {
      nowMs += ms;
    },
    close: async () => {
      await desk.close();
      await cleanup();
    },
  };
}
