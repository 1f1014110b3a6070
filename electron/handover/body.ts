import { z } from 'zod';

import { pacer } from '../import/pacing';
import { MAX_HANDOVER_PARTNERS } from '../ipc/contract/handover';
import { bookingRecord } from '../store/records/bookings';
import { caseRecord } from '../store/records/cases';
import { partnerRecord } from '../store/records/partners';
import { chargeRecord, consumptionRecord, packRecord, subscriptionRecord } from '../store/records/plans';
import { type HandoverBody, type HandoverEntry, type HandoverHeader, readHandoverHeader } from './format';
import { damagedHandover } from './refusals';

/** The store's own record schemas: nothing enters the store through a hand-over that it would not accept from a form. */
const entrySchema = z.object({
  partner: partnerRecord,
  subscriptions: z.array(subscriptionRecord),
  charges: z.array(chargeRecord),
  packs: z.array(packRecord),
  consumption: z.array(consumptionRecord),
  cases: z.array(caseRecord),
  bookings: z.array(bookingRecord),
});

const listKinds = ['subscriptions', 'charges', 'packs', 'consumption', 'cases', 'bookings'] as const;
/** A record's kind in a sentence. */
const kindWord: Record<(typeof listKinds)[number], string> = {
  subscriptions: 'subscription',
  charges: 'charge',
  packs: 'add-on pack',
  consumption: 'consumption entry',
  cases: 'case',
  bookings: 'booking',
};

/** Checks one partner's records with the store's schemas; the first fault refuses the file, naming where it is. */
function parseEntry(raw: unknown, at: number): HandoverEntry {
  const parsed = entrySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = ['partners', at, ...issue.path].map(String).join('.');
  throw damagedHandover('record', `${path} is not a value this app stores (${issue.message})`, path);
}

/**
 * The file's body, every record checked against the store's schemas and every reference inside
 * the file resolved (see checkReferences). Checked a partner at a time with the event loop let
 * through between them: a file of years of cases takes a while, and main keeps answering.
 */
export async function readHandoverBody(raw: unknown): Promise<HandoverBody> {
  const list = (raw as { partners?: unknown }).partners;
  if (!Array.isArray(list) || list.length === 0) throw damagedHandover('record', 'it holds no partners', 'partners');
  if (list.length > MAX_HANDOVER_PARTNERS) throw damagedHandover('record', `it holds more than ${MAX_HANDOVER_PARTNERS} partners`, 'partners');
  const pace = pacer();
  const partners: HandoverEntry[] = [];
  for (const [at, entry] of list.entries()) {
    partners.push(parseEntry(entry, at));
    if (pace.due()) await pace.breathe();
  }
  const body = { partners };
  checkReferences(body);
  return body;
}

/**
 * Every record belongs to the partner it is filed under, ids are unique within the file (a
 * month's consumption once per partner, M9), and every pack's charge is among its partner's
 * charges (M7): otherwise the merge would have to guess.
 */
export function checkReferences(body: HandoverBody): void {
  const seen = new Map<string, Set<string>>();
  const once = (kind: string, id: string, path: string) => {
    const ids = seen.get(kind) ?? new Set<string>();
    seen.set(kind, ids);
    if (ids.has(id)) throw damagedHandover('reference', `${path} repeats the ${kind} ${id}`, path);
    ids.add(id);
  };
  for (const [at, entry] of body.partners.entries()) {
    const partnerId = entry.partner.id;
    once('partner', partnerId, `partners.${at}.partner.id`);
    for (const kind of listKinds) {
      for (const [i, record] of entry[kind].entries()) {
        const path = `partners.${at}.${kind}.${i}`;
        if (record.partnerId !== partnerId)
          throw damagedHandover('reference', `${path} is a ${kindWord[kind]} of partner ${record.partnerId}, filed under ${partnerId}`, `${path}.partnerId`);
        once(kindWord[kind], 'id' in record ? record.id : `${record.partnerId} ${record.month}`, path);
      }
    }
    const charges = new Set(entry.charges.map((c) => c.id));
    for (const [i, pack] of entry.packs.entries()) {
      const path = `partners.${at}.packs.${i}.chargeId`;
      if (!charges.has(pack.chargeId)) throw damagedHandover('reference', `${path} names the charge ${pack.chargeId}, which the file does not hold`, path);
    }
  }
}

/** A hand-over file read, its checksum verified and its body checked (see readHandoverHeader, readHandoverBody). */
export async function readHandoverFile(text: string): Promise<{ header: HandoverHeader; body: HandoverBody }> {
  const header = readHandoverHeader(text);
  return { header, body: await readHandoverBody(header.body) };
}
