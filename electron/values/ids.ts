import { z } from 'zod';

import { CASE_STATES } from '@core/cases';
import { caseCategoryIds, caseKinds, levels, severityIds, trainingMethods, trainingTopics } from '@core/catalog';
import type { BillingLineKind } from '@core/money';
import { PARTNER_TYPES } from '@core/partners';
import type { BillingMode } from '@core/subscription';

// The domain's ids as requests and stored records both check them: a severity or a case state is
// core's word, the same on the wire and on disk.

/** P1: the support levels. */
export const level = z.enum(levels);
/** S1: how a subscription is paid. */
export const billing = z.enum(['monthly', 'yearly']) satisfies z.ZodType<BillingMode>;
export const partnerType = z.enum(PARTNER_TYPES);

/** P3: a case is service or technical support. */
export const caseKind = z.enum(caseKinds);
/** P4: the scope list's categories. */
export const caseCategory = z.enum(caseCategoryIds);
/** P2: the severities, most urgent first. */
export const severity = z.enum(severityIds);
export const caseState = z.enum(CASE_STATES);

/** B1-B3: the services a plan includes that are booked. */
export const bookingKind = z.enum(['kea', 'consulting', 'training']);
export const bookingStatus = z.enum(['booked', 'delivered', 'cancelled']);
/** B3: how a training is given, and the topics it can cover. */
export const trainingMethod = z.enum(trainingMethods);
export const trainingTopic = z.enum(trainingTopics);

/** M3-M9: what a recorded charge or refund was for. */
export const chargeKind = z.enum([
  'prepayment',
  'renewal',
  'change-charge',
  'change-refund',
  'unsubscribe-refund',
  'addon-pack',
  'incremental-fee',
] as const satisfies readonly BillingLineKind[]);

/** The languages the app speaks. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export const language = z.enum(LANGUAGES);
