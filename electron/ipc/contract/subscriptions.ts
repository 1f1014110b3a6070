import { z } from 'zod';

import type { Level } from '@core/catalog';
import type { DomainWarning } from '@core/errors';
import type { BillingLineKind } from '@core/money';
import type { ProrationQuote } from '@core/money';
import type { BillingMode, LevelChangePlan, Period, ServiceYear } from '@core/subscription';

import { isoDate, recordId } from '../../values/fields';
import { billing, level } from '../../values/ids';
import { channel, type PrefixedChannels } from './channel';

/** A partner's subscription as the page reads it. */
export type SubscriptionRecord = {
  id: string;
  partnerId: string;
  start: string;
  billing: BillingMode;
  levels: { from: string; level: Level | null }[];
  /** S1: the paid period in force: the first one, or the latest renewal. */
  period: { start: string; end: string };
  /** M4: the part of the period paid for at the current level, and what was paid for it. */
  segment: { start: string; paid: number };
  createdAt: string;
};

/** A charge or refund as the page reads it, with the amounts it had when it happened. */
export type ChargeRecord = {
  id: string;
  partnerId: string;
  date: string;
  kind: BillingLineKind;
  /** Minor units; positive = charged to the partner, negative = returned. */
  amount: number;
  currency: string;
  level: Level | null;
  /** The rule behind the line (M4, M5, M6, M7, S1 …). */
  rule: string;
  /** The numbers behind a prorated amount, kept to explain it later. */
  details?: Record<string, string | number>;
  recordedAt: string;
};

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
} satisfies PrefixedChannels<'subscriptions'>;
