import { z } from 'zod';

import { currencyCode, monthKey, recordId, storedDate, timestamp } from '../../values/fields';
import { billing, chargeKind, level } from '../../values/ids';

// What a partner's plan and bill are made of, as desk.json keeps them.

export const subscriptionRecord = z.object({
  id: recordId,
  partnerId: recordId,
  start: storedDate,
  billing,
  levels: z.array(z.object({ from: storedDate, level: level.nullable() })).min(1),
  /** S1: the paid period in force: the first one, or the latest renewal. */
  period: z.object({ start: storedDate, end: storedDate }),
  /** M4: the part of the period paid for at the current level, and what was paid for it. */
  segment: z.object({ start: storedDate, paid: z.number().int().min(0) }),
  createdAt: timestamp,
});

/** A charge or refund as recorded when it happened: later price changes never rewrite it. */
export const chargeRecord = z.object({
  id: recordId,
  partnerId: recordId,
  date: storedDate,
  kind: chargeKind,
  /** Minor units; positive = charged to the partner, negative = returned. */
  amount: z.number().int(),
  currency: currencyCode,
  level: level.nullable(),
  /** The rule behind the line (M4, M5, M6, M7, S1 …). */
  rule: z.string().max(40),
  /** The numbers behind a prorated amount, kept to explain it later. */
  details: z.record(z.string().max(40), z.union([z.string().max(200), z.number()])).optional(),
  recordedAt: timestamp,
});

/** Q2: an add-on pack bought; its charge is among the charges (M7). */
export const packRecord = z.object({
  id: recordId,
  partnerId: recordId,
  boughtOn: storedDate,
  count: z.number().int().min(1).max(100),
  validUntil: storedDate,
  chargeId: recordId,
});

/** M1: minor units, and no more than a partner could plausibly consume in a month. */
const MAX_CONSUMPTION = 1_000_000_000_000_000;

/** M9: one partner's cloud consumption in one month, in minor units of the price book's currency. */
export const consumptionRecord = z.object({
  partnerId: recordId,
  month: monthKey,
  amount: z.number().int().min(0).max(MAX_CONSUMPTION),
  updatedAt: timestamp,
});

export type StoredSubscription = z.infer<typeof subscriptionRecord>;
export type StoredCharge = z.infer<typeof chargeRecord>;
export type StoredPack = z.infer<typeof packRecord>;
export type StoredConsumption = z.infer<typeof consumptionRecord>;
