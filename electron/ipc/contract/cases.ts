import { z } from 'zod';
import { instant, isoDate, monthKey, recordId, storedDate, storedInstant } from './fields';
import { CASE_STATES } from '../../../core/cases';
import type { CaseCategoryId, Level, SeverityId } from '../../../core/catalog';
import type { MonthUsage } from '../../../core/quota';
import { channel, type ErrorBody } from './channel';

const CATEGORY_IDS = [
  'product-error-or-fault',
  'service-unavailable',
  'availability-affecting-error',
  'not-operating-as-designed',
  'large-scale-network-outage',
  'regional-multi-user-problem',
  'quota-adjustment',
  'accounting-dispute',
  'account-question',
] as const satisfies readonly CaseCategoryId[];
const SEVERITY_IDS = ['core-production-unavailable', 'production-unavailable', 'production-exception', 'system-exception', 'general-guidance'] as const satisfies readonly SeverityId[];

/** T1: instants carry an offset, so a case logged late is never read in the laptop's zone. */
export { instant };
export const severity = z.enum(SEVERITY_IDS);
const level = z.enum(['basic', 'standard', 'premier']) satisfies z.ZodType<Level>;

export const caseRecord = z.object({
  id: recordId,
  partnerId: recordId,
  customer: z.string().trim().max(120),
  kind: z.enum(['service', 'technical']),
  category: z.enum(CATEGORY_IDS),
  /** P2: null on Basic, which has no severities. */
  severity: severity.nullable(),
  openedAt: storedInstant,
  /** C4: the level in force on the opening date, and the due instant it gives (C1). */
  level,
  dueAt: storedInstant,
  vendorRef: z.string().trim().max(60),
  notes: z.string().trim().max(4000),
  state: z.enum(CASE_STATES),
  respondedAt: storedInstant.nullable(),
  respondedBy: z.string().trim().max(120),
  /** C3: a corrected severity; the case's response time is then not guaranteed. */
  correctedSeverity: severity.nullable(),
  history: z.array(z.object({ at: instant, action: z.string().max(40), reason: z.string().max(500), detail: z.string().max(200).optional() })),
  /** C2: the states a desktop alert was shown for, so each is shown at most once. */
  alerted: z.array(z.enum(['at-risk', 'breached'])).max(2).default([]),
});

export type CaseRecordStored = z.infer<typeof caseRecord>;

export const packRecord = z.object({
  id: recordId,
  partnerId: recordId,
  boughtOn: storedDate,
  count: z.number().int().min(1).max(100),
  validUntil: storedDate,
  chargeId: recordId,
});

export type PackRecord = z.infer<typeof packRecord>;

export const newCaseRequest = z.object({
  partnerId: recordId,
  customer: z.string().trim().max(120).default(''),
  kind: z.enum(['service', 'technical']),
  category: z.enum(CATEGORY_IDS),
  severity: severity.optional(),
  openedAt: instant,
  vendorRef: z.string().trim().max(60).default(''),
  notes: z.string().trim().max(4000).default(''),
});

const reason = z.string().trim().max(500);

/** The changes a case can take after it is opened (core/cases lifecycle). */
export const caseChange = z.discriminatedUnion('action', [
  z.object({ action: z.literal('respond'), respondedAt: instant, respondedBy: z.string().trim().max(120).default('') }),
  z.object({ action: z.literal('correct-severity'), severity, reason: reason.min(1) }),
  z.object({ action: z.literal('withdraw'), reason: reason.default('') }),
  // Q4: voiding removes a case from the quota, so the mistake it corrects is written down.
  z.object({ action: z.literal('void'), reason: reason.min(1) }),
  z.object({ action: z.literal('close'), reason: reason.default('') }),
]);

/** What the entry form shows before a case is logged: the level, its severities and the quota. */
export type CaseEntryCheck = {
  level: Level | null;
  /** P2: the severities the level offers, with their targets in minutes (none on Basic). */
  severities: { id: SeverityId; targetMinutes: number }[];
  /** Q3: technical cases left this month before this one; null when unlimited or not counted. */
  remaining: number | null;
  limit: number | null;
  /** Q2 / M7: the price of one add-on pack, where the level sells them (Standard). */
  pack: { price: number; currency: string } | null;
  /** C1: when the case would be due; null until the form is complete. */
  dueAt: string | null;
  /** Why the case would be refused, as main would answer on save. */
  refusal: ErrorBody | null;
};

export type NewCaseRequest = z.output<typeof newCaseRequest>;

export type QuotaMonth = MonthUsage & { partnerId: string; level: Level | null; currency: string; packPrice: number };

export const caseChannels = {
  /** P3, Q1-Q5, C1: checked against the plan and the month's quota, then stored with its due time. */
  'cases/open': channel<CaseRecordStored>()(newCaseRequest),
  /** The entry form's live check: what logging this case would do, without storing anything. */
  'cases/check': channel<CaseEntryCheck>()(newCaseRequest.partial({ kind: true, category: true })),
  /** C2, C3, Q4: first response, severity correction, withdraw, void, close; kept in the history. */
  'cases/update': channel<CaseRecordStored>()(z.object({ id: recordId, change: caseChange })),
  'cases/get': channel<CaseRecordStored>()(z.object({ id: recordId })),
  /** A month's cases, or all time; with `newest`, only that many of the latest (newest first). */
  'cases/list': channel<CaseRecordStored[]>()(
    z.object({ partnerId: recordId.optional(), month: monthKey.optional(), newest: z.number().int().min(1).max(500).optional() }),
  ),
  /** Q2 / M7: buys add-on packs for a Standard partner, charged on the purchase date. */
  'quotas/buy-pack': channel<QuotaMonth>()(z.object({ partnerId: recordId, boughtOn: isoDate, count: z.number().int().min(1).max(100) })),
  'quotas/month': channel<QuotaMonth>()(z.object({ partnerId: recordId, month: monthKey })),
};
