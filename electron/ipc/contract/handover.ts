import { z } from 'zod';

import { recordId } from '../../values/fields';
import { channel, type PrefixedChannels } from './channel';

/** A hand-over file of a few hundred partners with years of cases is tens of megabytes of text. */
export const MAX_HANDOVER_CHARS = 96 * 1024 * 1024;
/** More partners than any one manager looks after. */
export const MAX_HANDOVER_PARTNERS = 2000;

/** What a hand-over carries for one partner, by kind of record. */
export type HandoverCounts = { subscriptions: number; charges: number; packs: number; consumption: number; cases: number; bookings: number };

/** The parts of a partner's record a preview compares. */
export const handoverAreas = ['profile', 'subscriptions', 'charges', 'packs', 'consumption', 'cases', 'bookings'] as const;
export type HandoverArea = (typeof handoverAreas)[number];

/**
 * For a partner already on this desk, one area where the file differs: records only the file
 * has (added), records both have where the file's is taken (updated: its last change is later),
 * and records both have where this desk's stays (kept: newer here, or a recorded charge, which
 * a hand-over never changes). `fields` names the profile's fields that differ.
 */
export type HandoverDifference = { area: HandoverArea; added: number; updated: number; kept: number; fields?: string[] };

export type HandoverPartnerPreview = {
  partnerId: string;
  name: string;
  /** new: not on this desk; changed: here, and the file differs; same: here, and nothing differs. */
  status: 'new' | 'changed' | 'same';
  /** What the file holds for the partner. */
  counts: HandoverCounts;
  /** Empty for a new partner and for one that is the same. */
  differences: HandoverDifference[];
};

/**
 * A rule the desk would break once the file is merged (both sides had records the other did
 * not): kept and shown, never dropped. Q3: a month's technical cases over its limit; B1: KEA
 * days over a service year's allowance; B2: two consulting sessions in a month or more than the
 * year's; B3: two trainings in a month or a second on-site one in a service year; a recorded
 * charge that differs (this desk's is kept: recorded charges never change).
 */
export const handoverProblemKinds = [
  'quota-over',
  'kea-over',
  'consulting-month',
  'consulting-year',
  'training-month',
  'onsite-year',
  'charge-differs',
] as const;
export type HandoverProblemKind = (typeof handoverProblemKinds)[number];

export type HandoverProblem = {
  kind: HandoverProblemKind;
  /** The rule id (Q3, B1, B2, B3, or the charge's own rule). */
  rule: string;
  partnerId: string;
  partnerName: string;
  /** The month (YYYY-MM) or the service year's first day (YYYY-MM-DD) it concerns; a charge's date. */
  period: string;
  /** How many there are once merged, and the limit (absent for a charge). */
  count?: number;
  limit?: number;
  /** The record at fault, when there is one (a charge's id). */
  recordId?: string;
};

export type HandoverPreview = {
  /** The file's own checksum: `handover/apply` is given it back, so what is stored is what was previewed. */
  checksum: string;
  formatVersion: number;
  /** When the file was written, and by which desk's app version. */
  createdAt: string;
  appVersion: string;
  partners: HandoverPartnerPreview[];
  problems: HandoverProblem[];
  totals: HandoverCounts & { partners: number; newPartners: number; changedPartners: number };
};

export type HandoverExported = {
  /** Where the file was saved; null when the user cancelled the save dialog. */
  path: string | null;
  partners: number;
  counts: HandoverCounts;
  bytes: number;
};

export type HandoverApplied = {
  partners: number;
  newPartners: number;
  changedPartners: number;
  /** Records written (added or updated), by kind. */
  counts: HandoverCounts;
  problems: number;
  /** The backup taken before the change. */
  backup: string | null;
};

const handoverText = z.string().min(1).max(MAX_HANDOVER_CHARS);

export const handoverChannels = {
  /** Writes the chosen partners, each with its whole history, to one file the user saves. */
  'handover/export': channel<HandoverExported>()(z.object({ partnerIds: z.array(recordId).min(1).max(MAX_HANDOVER_PARTNERS) })),
  /** What the file would bring to this desk; nothing is stored. */
  'handover/preview': channel<HandoverPreview>()(z.object({ text: handoverText })),
  /** Stores the previewed file, all or nothing, after a backup. */
  'handover/apply': channel<HandoverApplied>()(z.object({ text: handoverText, checksum: z.string().min(1).max(200) })),
} satisfies PrefixedChannels<'handover'>;
