import type { DeskStore } from '../handlers/context';
import type { SampleStatus } from '../ipc/contract';
import type { Logger } from '../ipc/services';
import { SAMPLE_ID_PREFIX } from './sample-portfolio';

/**
 * sample/load is one commit now, but versions before it wrote cases and bookings before
 * desk.json's partners and mark, so a load they cut short (the app closed or crashed midway)
 * left sample cases and bookings without partners: records no screen can explain. At start-up
 * they are removed (one commit), the log says so, and sample/status tells the user. Only when
 * every such record is the sample's (its id prefix) and the desk holds no partners: anything of
 * the user's own is never touched.
 */
export async function removeInterruptedSample(store: DeskStore, log: Logger): Promise<SampleStatus['interrupted']> {
  const data = store.read();
  // Checked first: a desk with partners never reads its case files here (most are left on disk).
  if (data.sample || data.partners.length > 0) return null;
  const cases = await store.collection('cases').all();
  const bookings = await store.collection('bookings').all();
  if (cases.length + bookings.length === 0) return null;
  if (![...cases, ...bookings].every((item) => item.id.startsWith(SAMPLE_ID_PREFIX))) return null;
  try {
    await store.transact((_data, tx) => {
      tx.clear('cases');
      tx.clear('bookings');
    });
  } catch (error) {
    // The app still opens; what is left is removed at the next start.
    log.error('Removing an interrupted sample load failed', error);
    return null;
  }
  log.info(`An interrupted sample load was undone at start-up: ${cases.length} cases and ${bookings.length} bookings without partners were removed.`);
  return { cases: cases.length, bookings: bookings.length };
}
