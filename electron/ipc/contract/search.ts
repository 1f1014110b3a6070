import { z } from 'zod';

import { channel, type PrefixedChannels } from './channel';

/** The longest text searched for: a vendor reference or a name fits many times over. */
export const SEARCH_TEXT_MAX = 200;
/** The most rows a group answers (its total counts them all). */
export const SEARCH_LIMIT_MAX = 50;

/** One group of results: the best `limit`, best first, and how many there are in all. */
export type SearchGroup<T> = { total: number; items: T[] };

export type PartnerHit = {
  partnerId: string;
  name: string;
  contactName: string;
  contactEmail: string;
  archived: boolean;
  matched: 'name' | 'contactName' | 'contactEmail';
};

export type CaseHit = {
  caseId: string;
  partnerId: string;
  /** Empty when the partner is no longer stored. */
  partnerName: string;
  vendorRef: string;
  customer: string;
  openedAt: string;
  state: 'open' | 'responded' | 'withdrawn' | 'voided' | 'closed';
  matched: 'vendorRef' | 'id' | 'customer' | 'notes';
  /** The start of the notes when they matched, else null. */
  excerpt: string | null;
};

export type BookingHit = {
  bookingId: string;
  partnerId: string;
  partnerName: string;
  title: string;
  kind: 'kea' | 'consulting' | 'training';
  start: string;
  status: 'booked' | 'delivered' | 'cancelled';
  matched: 'title' | 'partner';
};

export type SearchResults = { text: string; partners: SearchGroup<PartnerHit>; cases: SearchGroup<CaseHit>; bookings: SearchGroup<BookingHit> };

export const searchRequest = z.object({
  text: z.string().trim().min(1).max(SEARCH_TEXT_MAX),
  /** Rows per group. */
  limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).default(8),
});

export const searchChannels = {
  /** Partners (name, contact, email), cases (vendor reference, customer, notes, id) and bookings (title, partner) of every stored year. */
  'search/query': channel<SearchResults>()(searchRequest),
} satisfies PrefixedChannels<'search'>;
