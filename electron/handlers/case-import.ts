import type { ImportRow } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { checkImport, countRows } from './case-import-check';
import type { HandlerContext } from './context';

type Channels = 'cases/import-preview' | 'cases/import';

const sources = (ctx: HandlerContext) => ({
  storedInMonth: (month: string) => ctx.store.collection('cases').inPartitions(month),
  allStored: () => ctx.store.collection('cases').all(),
  now: ctx.services.now().toISOString(),
});

/** A preview's rows carry no case id: nothing was stored. */
const withoutId = ({ caseId: _caseId, ...row }: ImportRow): ImportRow => row;

export const caseImportHandlers: HandlerMap<Channels, HandlerContext> = {
  // Stores nothing: the user sees every row's outcome first.
  'cases/import-preview': ({ csv }, ctx) => {
    const { rows } = checkImport({ data: ctx.store.read(), csv, newId: (line) => `preview-${line}`, ...sources(ctx) });
    return { rows: rows.map(withoutId), counts: countRows(rows) };
  },

  // Checked again inside the write queue (cases may have been logged since the preview, Q3),
  // then every accepted row is stored at once: one write per month file, all or nothing.
  'cases/import': ({ csv }, ctx) =>
    ctx.store.putMany('cases', (data) => {
      const { rows, accepted } = checkImport({ data, csv, newId: () => ctx.services.newId(), ...sources(ctx) });
      return { items: accepted, result: { rows, counts: countRows(rows), stored: accepted.length } };
    }),
};
