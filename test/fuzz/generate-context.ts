import type { Random } from '@main/seed/random';

/** The ids a request may name, so a generated request reaches a handler's real work part of the time. */
export type IdPools = {
  partnerIds: string[];
  partnerNames: string[];
  caseIds: string[];
  bookingIds: string[];
  /** How many of each list were seeded (the rest were created by fuzzed calls). */
  seeded: { partners: number; cases: number; bookings: number };
};

/** What the generator draws from: the seeded random source, the desk's ids, the channel it is for. */
export type GenerateContext = { random: Random; pools: IdPools; channel: string };
