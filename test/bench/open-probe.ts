// Opens a data folder in a fresh process, as the app does at start-up, and prints what it took:
// run by the benchmark once per sample so each open is cold (no warm JIT, no data in memory).
import { openDesk } from '@main/desk';

import { testServices } from '../builders/services';

async function main() {
  const [dir, nowIso] = process.argv.slice(2);
  const started = performance.now();
  const desk = await openDesk({ dataDir: dir ?? '', services: testServices({ now: () => new Date(nowIso ?? Date.now()) }) });
  // "Ready to answer": the first screen's question answered.
  const partners = await desk.dispatch('partners/list', {});
  const openMs = performance.now() - started;
  await desk.store.backupDone;
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const answer = {
    openMs,
    rssMb: rss / 2 ** 20,
    heapMb: heapUsed / 2 ** 20,
    partners: partners.ok ? (partners.data as unknown[]).length : -1,
    cases: desk.store.collection('cases').size,
    notices: desk.store.notices.length,
  };
  await desk.close();
  console.log(JSON.stringify(answer));
}

void main();
