import { z } from 'zod';
import { currencyCode, isoDate, recordId, storedDate, timestamp } from './fields';
import type { Level } from '../../../core/catalog';
import type { DomainWarning } from '../../../core/errors';
import type { LevelChangePlan, Period, ServiceYear } from '../../../core/subscription';
import type { ProrationQuote } from '../../../core/money/proration';
import { channel } from './channel';

const level = z.enum(['basic', 'standard', 'premier']);
const billing = z.enum(['monthly', 'yearly']);

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

export const CHARGE_KINDS = ['prepayment', 'renewal', 'change-charge', 'change-refund', 'unsubscribe-refund', 'addon-pack', 'incremental-fee'] as const;

/** A charge or refund as recorded when it happened: later price changes never rewrite it. */
export const chargeRecord = z.object({
  id: recordId,
  partnerId: recordId,
  date: storedDate,
  kind: z.enum(CHARGE_KINDS),
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

export type SubscriptionRecord = z.infer<typeof subscriptionRecord>;
export type ChargeRecord = z.infer<typeof chargeRecord>;

export type PartnerPlan = {
  /** The Beijing date "today" was taken as (T1). */
  today: string;
  subscription: SubscriptionRecord | null;
  /** S5: the date an unsubscribe takes effect, when one is recorded (possibly still ahead). */
  endsOn: string | null;
  levelToday: Level | null;
  serviceYear: ServiceYear | null;
  /** S1: the next renewal date, and whether it is due (the period ends within 30 days or has ended). */
  nextRenewal: string | null;
  renewalDue: boolean;
  charges: ChargeRecord[];
  currency: string;
};

export type PlanAction =
  | { action: 'subscribe'; start: string; billing: 'monthly' | 'yearly'; level: Level }
  | { action: 'change'; on: string; level: Level | null }
  | { action: 'renew' };

export type PlanQuote =
  | { action: 'subscribe'; level: Level; billing: 'monthly' | 'yearly'; period: Period; fee: number; currency: string; warnings: DomainWarning[] }
  | { action: 'change'; plan: LevelChangePlan; quote: ProrationQuote; currency: string; warnings: DomainWarning[] }
  | { action: 'renew'; level: Level; period: Period; fee: number; currency: string; warnings: DomainWarning[] };

const planAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('subscribe'), start: isoDate, billing, level }),
  z.object({ action: z.literal('change'), on: isoDate, level: level.nullable() }),
  z.object({ action: z.literal('renew') }),
]);

const forPartner = z.object({ partnerId: recordId });

export const subscriptionChannels = {
  'subscriptions/get': channel<PartnerPlan>()(forPartner),
  /** Every partner's level today, for the plans view. */
  'subscriptions/levels': channel<{ partnerId: string; level: Level | null }[]>()(z.object({})),
  'subscriptions/quote': channel<PlanQuote>()(forPartner.extend({ request: planAction })),
  /** Records the action at the amounts the same quote gives now, and answers the new state. */
  'subscriptions/apply': channel<PartnerPlan>()(forPartner.extend({ request: planAction })),
};

export const prorationChannels = {
  /** What-if with an ad-hoc period and amount (M3-M6), nothing stored. */
  'proration/quote': channel<ProrationQuote>()(
    z.object({
      kind: z.enum(['upgrade', 'downgrade', 'unsubscribe']),
      periodStart: isoDate,
      periodEnd: isoDate,
      segmentStart: isoDate,
      segmentPaid: z.number().int().min(0).max(10_000_000_000),
      newPeriodFee: z.number().int().min(0).max(10_000_000_000).optional(),
      on: isoDate,
    }),
  ),
};
