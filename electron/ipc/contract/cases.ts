import { z } from 'zod';

import type { CaseState } from '@core/cases';
import type { CaseCategoryId, CaseKind, Level, SeverityId } from '@core/catalog';

import { instant, monthKey, recordId } from '../../values/fields';
import { caseCategory, caseKind, severity } from '../../values/ids';
import type { ImportPreview, ImportResult } from './case-import';
import { importRequest } from './case-import';
import { channel, type ErrorBody, type PrefixedChannels } from './channel';

/** A case as the page reads it. */
export type CaseRecordStored = {
  id: string;
  partnerId: string;
  customer: string;
  kind: CaseKind;
  category: CaseCategoryId;
  /** P2: null on Basic, which has no severities. */
  severity: SeverityId | null;
  openedAt: string;
  /** C4: the level in force on the opening date, and the due instant it gives (C1). */
  level: Level;
  dueAt: string;
  vendorRef: string;
  notes: string;
  state: CaseState;
  respondedAt: string | null;
  respondedBy: string;
  /** C3: a corrected severity; the case's response time is then not guaranteed. */
  correctedSeverity: SeverityId | null;
  /** `by`: the manager whose desk wrote the entry, when team sync brought it from another desk. */
  history: { at: string; action: string; reason: string; detail?: string; by?: string }[];
  /** C2: the states a desktop alert was shown for, so each is shown at most once. */
  alerted: ('at-risk' | 'breached')[];
};

export const newCaseRequest = z.object({
  partnerId: recordId,
  customer: z.string().trim().max(120).default(''),
  kind: caseKind,
  category: caseCategory,
  severity: severity.optional(),
  // T1: an instant carries its offset, so a case logged late is never read in the laptop's zone.
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
  /** Reads and checks every row (P2, P3, Q1-Q5, duplicates) in file order; stores nothing. */
  'cases/import-preview': channel<ImportPreview>()(importRequest),
  /** Checks again inside the write queue and stores every row that passes, all at once. */
  'cases/import': channel<ImportResult>()(importRequest),
} satisfies PrefixedChannels<'cases'>;
