import { createHash } from 'node:crypto';
import { type AutomergeUrl, type BinaryDocumentId, parseAutomergeUrl, stringifyAutomergeUrl } from '@automerge/automerge-repo';

import type { StoredPartner } from '../store/records/partners';
import type { StoredCharge, StoredConsumption, StoredPack, StoredSubscription } from '../store/records/plans';

// The team's documents. Every desk and the server name a document the same way without asking
// anyone: its id is the first 16 bytes of a SHA-256 of the team, the kind and the key, so two
// desks that each start a partner's document while offline start the same one.

export type DocKind = 'team-index' | 'roster' | 'manager-index' | 'partner' | 'partner-year';

export function docUrl(team: string, kind: DocKind, ...key: string[]): AutomergeUrl {
  const hash = createHash('sha256')
    .update(['psd-sync-1', team, kind, ...key].join('\u0000'))
    .digest();
  return stringifyAutomergeUrl({ documentId: new Uint8Array(hash.subarray(0, 16)) as BinaryDocumentId });
}

export const documentIdOf = (url: AutomergeUrl) => parseAutomergeUrl(url).documentId;

export const teamIndexUrl = (team: string) => docUrl(team, 'team-index');
export const rosterUrl = (team: string) => docUrl(team, 'roster');
export const managerIndexUrl = (team: string, manager: string) => docUrl(team, 'manager-index', manager);
export const partnerUrl = (team: string, partnerId: string) => docUrl(team, 'partner', partnerId);
/**
 * A partner's cases and bookings of one Beijing calendar year (`year`: YYYY), one value a record
 * (see record-text.ts); `records` names that layout, so a document written field by field under
 * the first layout is never read as one.
 */
export const partnerYearUrl = (team: string, partnerId: string, year: string) => docUrl(team, 'partner-year', partnerId, year, 'records');

/** Per document of a partner (`partner` or a year), per desk (its peer id), the heads that desk last left it at (see feed.ts). */
export type Stamps = Record<string, Record<string, string>>;

/** Who looks after a partner now, its years, and the stamps of the desks that changed its documents. */
export type Assignment = { manager: string; name: string; years: string[]; stamps?: Stamps };
export type Reassignment = { at: string; partnerId: string; from: string | null; to: string; by: string };

/** The team's ledger: every partner, its manager and its years; the server grants documents from it. */
export type TeamIndexDoc = { kind: 'team-index'; team: string; partners: Record<string, Assignment>; history: Reassignment[] };

/**
 * The team's managers as the server's tokens file lists them (never a token): written by the
 * server at start and whenever the file changes, read by the desks (who is the lead; whom a
 * partner can be handed to). What a desk may open is the server's grants, not this.
 */
export type RosterDoc = { kind: 'roster'; team: string; managers: Record<string, { name: string; role: 'manager' | 'lead' }> };
export const initialRoster = (team: string): RosterDoc => ({ kind: 'roster', team, managers: {} });

/** The partners one manager looks after (a partner handed over leaves one index for another). */
export type ManagerIndexDoc = { kind: 'manager-index'; manager: string; partners: Record<string, true> };

/** What stays small of a partner: its profile, plan timeline, charges, packs and consumption, each keyed by id (consumption by month). */
export type PartnerDoc = {
  kind: 'partner';
  partnerId: string;
  profile: StoredPartner | null;
  subscriptions: Record<string, StoredSubscription>;
  charges: Record<string, StoredCharge>;
  packs: Record<string, StoredPack>;
  consumption: Record<string, StoredConsumption>;
};

/** What grows: a partner's cases and bookings of one year, keyed by id, each the JSON text of the record (see record-text.ts). */
export type PartnerYearDoc = {
  kind: 'partner-year';
  partnerId: string;
  year: string;
  cases: Record<string, string>;
  bookings: Record<string, string>;
};

export type TeamDoc = TeamIndexDoc | RosterDoc | ManagerIndexDoc | PartnerDoc | PartnerYearDoc;
