import { beijingDateOf } from '@core/time';

import type { HandlerContext } from '../handlers/context';
import { safeFileName } from '../handlers/file-name';
import type { HandoverApplied, HandoverExported, HandoverPreview } from '../ipc/contract/handover';
import { MAX_HANDOVER_CHARS } from '../ipc/contract/handover';
import { notFound } from '../ipc/refusal';
import { searchIndexOf } from '../search/search-index';
import { readHandoverFile } from './body';
import { partnerEntries } from './desk-records';
import { handoverText } from './format';
import { planMerge } from './merge-plan';
import { handedOver } from './merge-rules';
import { countsOf, previewOf, statusOf, writtenCounts } from './preview';
import { mergeProblemsPaced } from './problems';
import { handoverChanged, handoverOnSample, handoverTooLarge } from './refusals';

const FILTERS = [{ name: 'Partner hand-over', extensions: ['json'] }];

/** handover/export: the partners asked for (each once, in the order asked), each with its whole history, in one file the user saves. */
export async function exportHandover(partnerIds: readonly string[], ctx: HandlerContext): Promise<HandoverExported> {
  const data = ctx.store.read();
  const ids = [...new Set(partnerIds)];
  for (const id of ids) if (!data.partners.some((p) => p.id === id)) throw notFound('partner', id);
  const partners = await partnerEntries(ctx.store, data, ids);
  const now = ctx.services.now();
  const text = handoverText({ partners }, { createdAt: now.toISOString(), appVersion: ctx.services.runtime.version });
  if (text.length > MAX_HANDOVER_CHARS) throw handoverTooLarge(MAX_HANDOVER_CHARS);
  const name = safeFileName(`handover-${beijingDateOf(now.getTime())}-${ids.length}-partner${ids.length === 1 ? '' : 's'}.psdhandover.json`);
  const path = await ctx.services.saveFile(name, text, FILTERS);
  const counts = partners.map(countsOf).reduce((a, b) => ({
    subscriptions: a.subscriptions + b.subscriptions,
    charges: a.charges + b.charges,
    packs: a.packs + b.packs,
    consumption: a.consumption + b.consumption,
    cases: a.cases + b.cases,
    bookings: a.bookings + b.bookings,
  }));
  return { path, partners: ids.length, counts, bytes: Buffer.byteLength(text, 'utf8') };
}

/** handover/preview: the file checked and merged against the desk as it is; nothing is stored. */
export async function previewHandover(text: string, ctx: HandlerContext): Promise<HandoverPreview> {
  const { header, body } = await readHandoverFile(text);
  if (ctx.store.read().sample) throw handoverOnSample();
  const plan = await planMerge(ctx.store, ctx.store.read(), body);
  return previewOf(header, plan, await mergeProblemsPaced(plan.partners, plan.before, plan.after));
}

/**
 * handover/apply: the previewed file (same checksum), merged again against the desk as it is
 * now, inside the write queue; a backup first; then desk.json, the cases and the bookings in one
 * commit, all or nothing. Each case and booking taken from the file says so in its history.
 * A file that changes nothing stores nothing (and takes no backup).
 */
export async function applyHandover(text: string, checksum: string, ctx: HandlerContext): Promise<HandoverApplied> {
  const { header, body } = await readHandoverFile(text);
  if (header.checksum !== checksum) throw handoverChanged();
  const { store } = ctx;
  if (store.read().sample) throw handoverOnSample();
  // Made before the write queue is entered: the index's first load waits on that queue.
  await searchIndexOf(store).ready;
  const first = await planMerge(store, store.read(), body);
  const writes = (plan: typeof first) => plan.mainChanged || plan.cases.length + plan.bookings.length > 0;
  const backup = writes(first) ? await store.backupBefore('handover') : null;
  const plan = !writes(first)
    ? first
    : await store.transact(async (data, tx) => {
        const again = await planMerge(store, data, body);
        const now = ctx.services.now().toISOString();
        if (again.mainChanged) tx.setMain({ ...again.after });
        if (again.cases.length > 0)
          tx.putMany(
            'cases',
            again.cases.map((c) => handedOver(c, now, header.createdAt)),
          );
        if (again.bookings.length > 0)
          tx.putMany(
            'bookings',
            again.bookings.map((b) => handedOver(b, now, header.createdAt)),
          );
        return again;
      });
  const statuses = plan.partners.map(statusOf);
  return {
    partners: plan.partners.length,
    newPartners: statuses.filter((s) => s === 'new').length,
    changedPartners: statuses.filter((s) => s === 'changed').length,
    counts: writtenCounts(plan),
    problems: (await mergeProblemsPaced(plan.partners, plan.before, plan.after)).length,
    backup,
  };
}
