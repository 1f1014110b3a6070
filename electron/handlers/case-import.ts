import { readCaseFile } from '../import/case-file';
import { openedAtReader } from '../import/case-values';
import { pacer, type Report, throttled } from '../import/pacing';
import { BEIJING_ZONE } from '../import/zone-time';
import type { ImportPreview, ImportResult } from '../ipc/contract';
import type { ImportRequest } from '../ipc/contract/case-import';
import type { CaseFacts } from '../store/case-facts';
import { checkImport, countRows, type StoredCases } from './case-import-check';
import type { HandlerContext } from './context';

/** How far the work got, pushed to the page (a few times a second at most). */
const progressOf = (ctx: HandlerContext): Report => throttled((phase, done, total) => ctx.services.emit('cases/import-progress', { phase, done, total }));

/** The stored cases through the index (see StoredCases): a duplicate can be in any month. */
const storedCases = (ctx: HandlerContext): StoredCases => {
  const cases = ctx.store.collection('cases');
  return { days: () => cases.partitionKeys(), factsOf: async (day) => (await cases.factsOf(day)) as CaseFacts | undefined, casesOf: (day) => cases.peek(day) };
};

/** How the file's values are read besides its text: T1, the zone of its times without an offset (Beijing unless given). */
export type ImportOptions = Omit<ImportRequest, 'csv'>;

// Both work in slices (see pacing.ts): a 50,000-row file never holds main for long.

/** cases/import-preview: every row's outcome, for the user to see first; stores nothing. */
export async function previewImport(csv: string, ctx: HandlerContext, { timeZone = BEIJING_ZONE }: ImportOptions = {}): Promise<ImportPreview> {
  const pace = pacer();
  const report = progressOf(ctx);
  const file = await readCaseFile(csv, pace, report);
  const readTime = openedAtReader(timeZone);
  const { rows } = await checkImport({ data: ctx.store.read(), file, stored: storedCases(ctx), now: ctx.services.now().toISOString(), readTime, pace, report });
  return { rows, counts: countRows(rows), timeZone };
}

/**
 * cases/import: the file is read first (a refused file changes nothing), then a backup (a bulk
 * change is the one a user most wants to undo by hand), then checked again inside the write queue
 * (cases may have been logged since the preview, Q3), then every accepted row is stored at once:
 * one write per day file, all or nothing.
 */
export async function importCases(csv: string, ctx: HandlerContext, { timeZone = BEIJING_ZONE }: ImportOptions = {}): Promise<ImportResult> {
  const pace = pacer();
  const report = progressOf(ctx);
  const file = await readCaseFile(csv, pace, report);
  const readTime = openedAtReader(timeZone);
  report('checking', 0, file.records.length);
  await ctx.store.backupBefore('case-import');
  const result = await ctx.store.putMany('cases', async (data) => {
    const { rows, accepted } = await checkImport({
      data,
      file,
      stored: storedCases(ctx),
      newId: () => ctx.services.newId(),
      now: ctx.services.now().toISOString(),
      readTime,
      pace,
      report,
    });
    report('storing', 0, accepted.length);
    return { items: accepted, result: { rows, counts: countRows(rows), timeZone, stored: accepted.length } };
  });
  report('storing', result.stored, result.stored);
  return result;
}
