import { z } from 'zod';
import type { CaseCategoryId, Level, SeverityId } from '../../../core/catalog';
import type { MonthUsage } from '../../../core/quota';
import { channel } from './channel';

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
const instant = z.iso.datetime({ offset: true });
const severity = z.enum(SEVERITY_IDS);
const level = z.enum(['basic', 'standard', 'premier']) satisfies z.ZodType<Level>;

export const CASE_STATES = ['open', 'responded', 'closed', 'withdrawn', 'voided'] as const;

export const caseRecord = z.object({
  id: z.string().min(1),
  partnerId: z.string().min(1),
  customer: z.string().trim().max(120),
  kind: z.enum(['service', 'technical']),
  category: z.enum(CATEGORY_IDS),
  /** P2: null on Basic, which has no severities. */
  severity: severity.nullable(),
  openedAt: instant,
  /** C4: the level in force on the opening date, and the due instant it gives (C1). */
  level,
  dueAt: instant,
  vendorRef: z.string().trim().max(60),
  notes: z.string().trim().max(4000),
  state: z.enum(CASE_STATES),
  respondedAt: instant.nullable(),
  respondedBy: z.string().trim().max(120),
  /** C3: a corrected severity; the case's response time is then not guaranteed. */
  correctedSeverity: severity.nullable(),
  history: z.array(z.object({ at: instant, action: z.string().max(40), reason: z.string().max(500) })),
});

export type CaseRecordStored = z.infer<typeof caseRecord>;

export const packRecord = z.object({
  id: z.string().min(1),
  partnerId: z.string().min(1),
  boughtOn: z.iso.date(),
  count: z.number().int().min(1).max(100),
  validUntil: z.iso.date(),
  chargeId: z.string().min(1),
});

export type PackRecord = z.infer<typeof packRecord>;

export const newCaseRequest = z.object({
  partnerId: z.string().min(1),
  customer: z.string().trim().max(120).default(''),
  kind: z.enum(['service', 'technical']),
  category: z.enum(CATEGORY_IDS),
  severity: severity.optional(),
  openedAt: instant,
  vendorRef: z.string().trim().max(60).default(''),
  notes: z.string().trim().max(4000).default(''),
});

export type NewCaseRequest = z.output<typeof newCaseRequest>;

export type QuotaMonth = MonthUsage & { partnerId: string; level: Level | null; currency: string; packPrice: number };

export const caseChannels = {
  /** P3, Q1-Q5, C1: checked against the plan and the month's quota, then stored with its due time. */
  'cases/open': channel<CaseRecordStored>()(newCaseRequest),
  'cases/list': channel<CaseRecordStored[]>()(z.object({ partnerId: z.string().min(1).optional(), month: z.string().regex(/^\d{4}-\d{2}$/).optional() })),
  /** Q2 / M7: buys add-on packs for a Standard partner, charged on the purchase date. */
  'quotas/buy-pack': channel<QuotaMonth>()(z.object({ partnerId: z.string().min(1), boughtOn: z.iso.date(), count: z.number().int().min(1).max(100) })),
  'quotas/month': channel<QuotaMonth>()(z.object({ partnerId: z.string().min(1), month: z.string().regex(/^\d{4}-\d{2}$/) })),
};
