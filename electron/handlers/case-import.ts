import type { CaseRecordStored, ImportRow } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { caseMonthOf } from './case-entry';
import { checkImport, countRows } from './case-import-check';
import type { HandlerContext } from './context';

type Channels = 'cases/import-preview' | 'cases/import';

/**
 * What the check reads, loaded first: a stored duplicate (same partner and vendor reference) can
 * be in any month, so this reads every day file, and each month's cases come from that one read.
 */
async function sources(ctx: HandlerContext) {
  const all = await ctx.store.collection('cases').all();
  const months = new Map<string, CaseRecordStored[]>();
  for (const c of all) {
    const month = caseMonthOf(c.openedAt);
    const list = months.get(month);
    if (list) list.push(c);
    else months.set(month, [c]);
  }
  return { storedInMonth: (month: string) => months.get(month) ?? [], allStored: () => all, now: ctx.services.now().toISOString() };
}

/** A preview's rows carry no case id: nothing was stored. */
const withoutId = ({ caseId: _caseId, ...row }: ImportRow): ImportRow => row;

export const caseImportHandlers: HandlerMap<Channels, HandlerContext> = {
  // Stores nothing: the user sees every row's outcome first.
  'cases/import-preview': async ({ csv }, ctx) => {
    const { rows } = checkImport({ data: ctx.store.read(), csv, newId: (line) => `preview-${line}`, ...(await sources(ctx)) });
    return { rows: rows.map(withoutId), counts: countRows(rows) };
  },

  // A backup first (a bulk change is the one a user most wants to undo by hand), then checked
  // again inside the write queue (cases may have been logged since the preview, Q3), then every
  // accepted row is stored at once: one write per day file, all or nothing.
  'cases/import': async ({ csv }, ctx) => {
    await ctx.store.backupBefore('case-import');
    return ctx.store.putMany('cases', async (data) => {
      const { rows, accepted } = checkImport({ data, csv, newId: () => ctx.services.newId(), ...(await sources(ctx)) });
      return { items: accepted, result: { rows, counts: countRows(rows), stored: accepted.length } };
    });
  },
};
