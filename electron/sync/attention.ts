import { currentSubscription, timelineOf } from '../handlers/subscription-plans';
import type { AttentionEntry } from '../ipc/contract/sync';
import type { DeskData } from '../store/desk-data';
import { chargeEdited, entryId, type Found, keaOver, levelBoth, quotaOver, twoResponses } from './attention-rules';
import { canonical, plain } from './doc-values';
import { type CheckedYear, checkedYear } from './records';
import type { TeamDocs } from './team-docs';

/**
 * Every entry a partner needs now, from its merged documents and the store: Q3, B1, two first
 * responses, a level written on both desks, an edited recorded charge. An entry whose rule holds
 * again is simply not found any more; one still found keeps the instant it was first found.
 */
export async function partnerAttention(
  docs: TeamDocs,
  data: Readonly<DeskData>,
  partnerId: string,
  previous: readonly AttentionEntry[],
  now: string,
  /** Year documents already checked (by the pull just made): not read and checked again. */
  read: ReadonlyMap<string, CheckedYear> = new Map(),
): Promise<AttentionEntry[]> {
  const assigned = await docs.assignment(partnerId);
  if (!assigned || assigned.manager !== docs.manager) return [];
  const me = docs.manager;
  const partnerDoc = (await docs.partner(partnerId)).doc();
  const found: Found[] = [];
  const cases = [];
  const bookings = [];
  for (const year of assigned.years) {
    const checked = read.get(year) ?? checkedYear((await docs.year(partnerId, year)).doc(), me);
    for (const { id, byActor } of checked.cases.merged) {
      const two = twoResponses(byActor, id, me);
      if (two) found.push(two);
    }
    cases.push(...checked.cases.ok);
    bookings.push(...checked.bookings.ok);
  }
  const current = currentSubscription(data, partnerId);
  if (current) {
    const timeline = timelineOf(current);
    found.push(
      ...quotaOver(
        timeline,
        cases,
        data.packs.filter((p) => p.partnerId === partnerId),
        me,
      ),
    );
    found.push(...keaOver(timeline, bookings, me));
  }
  for (const [id, map] of Object.entries(partnerDoc.subscriptions ?? {})) {
    const both = levelBoth(map, id, me);
    if (both) found.push(both);
  }
  found.push(
    ...chargeEdited(
      data.charges.filter((c) => c.partnerId === partnerId),
      plain(partnerDoc.charges) as Record<string, unknown>,
      me,
    ),
  );
  const partnerName = data.partners.find((p) => p.id === partnerId)?.name ?? assigned.name;
  return found.map((entry) => {
    const id = entryId(entry.kind, partnerId, entry.subject);
    const before = previous.find((p) => p.id === id);
    return { ...entry, id, partnerId, partnerName, foundAt: before?.foundAt ?? now };
  });
}

/** Every entry once a partner's are found again (see partnerAttention); null when they are the same. */
export async function attentionAfter(
  docs: TeamDocs,
  data: Readonly<DeskData>,
  partnerId: string,
  attention: readonly AttentionEntry[],
  at: string,
  read?: ReadonlyMap<string, CheckedYear>,
): Promise<AttentionEntry[] | null> {
  const mine = attention.filter((e) => e.partnerId === partnerId);
  const found = await partnerAttention(docs, data, partnerId, mine, at, read);
  return canonical(found) === canonical(mine) ? null : [...attention.filter((e) => e.partnerId !== partnerId), ...found];
}
