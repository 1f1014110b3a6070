import type { BookingHit, CaseHit, PartnerHit, SearchGroup, SearchResults } from '../ipc/contract/search';
import type { StoredPartner } from '../store/records/partners';
import { normalise, normaliseQuery } from './normalise';
import type { PartitionRows } from './partition-rows';

/** A case's row: its fields' places, and those searched, best first (a vendor reference is what a manager types most). */
export const CASE_ROW = { id: 0, partnerId: 1, vendorRef: 2, customer: 3, notes: 4, openedAt: 5, state: 6 } as const;
export const CASE_SEARCHED = [CASE_ROW.vendorRef, CASE_ROW.id, CASE_ROW.customer, CASE_ROW.notes] as const;
const CASE_MATCHED = ['vendorRef', 'id', 'customer', 'notes'] as const;

export const BOOKING_ROW = { id: 0, partnerId: 1, title: 2, kind: 3, start: 4, status: 5 } as const;
export const BOOKING_SEARCHED = [BOOKING_ROW.title] as const;

const EXCERPT_LENGTH = 120;

/**
 * The best `limit` of many hits without sorting them all: one list per tier (whole field, start,
 * inside, then a match on the partner's name), each keeping the first `limit` met, and the
 * partitions are walked newest first, so within a tier the newest days come first.
 */
class Best<H> {
  private readonly tiers: H[][] = [[], [], [], []];
  total = 0;

  constructor(private readonly limit: number) {}

  /** Counts a hit; whether one of this tier would still be shown (so it is worth building). */
  wants(tier: number): boolean {
    this.total += 1;
    let before = 0;
    for (let t = 0; t <= tier; t += 1) before += this.tiers[t]!.length;
    return before < this.limit;
  }

  add(tier: number, hit: H): void {
    this.tiers[tier]!.push(hit);
  }

  group(): SearchGroup<H> {
    return { total: this.total, items: this.tiers.flat().slice(0, this.limit) };
  }
}

export type SearchSource = {
  partners: readonly StoredPartner[];
  cases: [string, PartitionRows][];
  bookings: [string, PartitionRows][];
};

/** Partners (name, contact, email), cases and bookings holding the text, each group best first with its total. */
export function searchAll(source: SearchSource, text: string, limit: number): SearchResults {
  const query = normaliseQuery(text);
  const names = new Map(source.partners.map((p) => [p.id, p.name]));
  const partners = new Best<PartnerHit>(limit);
  const byName = new Set<string>();
  const sorted = [...source.partners].sort((a, b) => a.name.localeCompare(b.name));
  for (const p of sorted) {
    const fields = [p.name, p.contactName, p.contactEmail].map(normalise);
    const at = fields.findIndex((field) => field.includes(query));
    if (at === -1) continue;
    if (at === 0) byName.add(p.id);
    const field = fields[at]!;
    const tier = field === query ? 0 : field.startsWith(query) ? 1 : 2;
    if (!partners.wants(tier)) continue;
    const matched = (['name', 'contactName', 'contactEmail'] as const)[at]!;
    partners.add(tier, { partnerId: p.id, name: p.name, contactName: p.contactName, contactEmail: p.contactEmail, archived: p.archived, matched });
  }

  const cases = new Best<CaseHit>(limit);
  for (const [, rows] of source.cases) {
    rows.find(query, (r, field, tier) => {
      if (!cases.wants(tier)) return;
      const row = rows.row(r);
      const matched = CASE_MATCHED[field]!;
      cases.add(tier, {
        caseId: row[CASE_ROW.id]!,
        partnerId: row[CASE_ROW.partnerId]!,
        partnerName: names.get(row[CASE_ROW.partnerId]!) ?? '',
        vendorRef: row[CASE_ROW.vendorRef]!,
        customer: row[CASE_ROW.customer]!,
        openedAt: row[CASE_ROW.openedAt]!,
        state: row[CASE_ROW.state] as CaseHit['state'],
        matched,
        excerpt: matched === 'notes' ? row[CASE_ROW.notes]!.slice(0, EXCERPT_LENGTH) : null,
      });
    });
  }

  const bookings = new Best<BookingHit>(limit);
  const bookingHit = (row: string[], matched: BookingHit['matched']): BookingHit => ({
    bookingId: row[BOOKING_ROW.id]!,
    partnerId: row[BOOKING_ROW.partnerId]!,
    partnerName: names.get(row[BOOKING_ROW.partnerId]!) ?? '',
    title: row[BOOKING_ROW.title]!,
    kind: row[BOOKING_ROW.kind] as BookingHit['kind'],
    start: row[BOOKING_ROW.start]!,
    status: row[BOOKING_ROW.status] as BookingHit['status'],
    matched,
  });
  for (const [, rows] of source.bookings) {
    const byTitle = new Set<number>();
    rows.find(query, (r, _, tier) => {
      byTitle.add(r);
      if (bookings.wants(tier)) bookings.add(tier, bookingHit(rows.row(r), 'title'));
    });
    if (byName.size === 0) continue;
    // A booking of a partner whose name holds the text, after those whose title does.
    for (let r = rows.size - 1; r >= 0; r -= 1) {
      if (byTitle.has(r)) continue;
      const row = rows.row(r);
      if (byName.has(row[BOOKING_ROW.partnerId]!) && bookings.wants(3)) bookings.add(3, bookingHit(row, 'partner'));
    }
  }
  return { text, partners: partners.group(), cases: cases.group(), bookings: bookings.group() };
}
