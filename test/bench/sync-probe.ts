// One desk of the sync benchmark, in a process of its own (so its memory is its own): a line of
// JSON on stdout for each event, commands on stdin. See sync-figure.ts.
//   source <dataDir> <url> <token> <nowIso>: turns sync on over the large portfolio, says `pushed`
//     once the server holds everything; then `case` logs a case and says when it was asked.
//   empty <dataDir> <url> <token> <nowIso> <cases>: turns sync on on an empty desk, says `synced`
//     once it holds <cases> cases on disk; then says `seen` at each case that arrives after.
import { createInterface } from 'node:readline';

import { beijingDateOf } from '@core/time';
import { openDesk } from '@main/desk';
import { deskSyncOf } from '@main/sync/desk-sync';

import { testServices } from '../builders/services';

const say = (event: Record<string, unknown>) => console.log(JSON.stringify(event));
const rssMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 2 ** 20;
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const [role, dir, url, token, nowIso, expected] = process.argv.slice(2) as [string, string, string, string, string, string?];
  const now = new Date(nowIso);
  let next = 0;
  const desk = await openDesk({ dataDir: dir, services: testServices({ now: () => now, newId: () => `${role}-${++next}` }) });
  await desk.store.backupDone;
  const before = rssMb();
  const started = performance.now();
  const answer = await desk.dispatch('sync/configure', { enabled: true, serverUrl: url, token });
  if (!answer.ok) throw new Error(`sync/configure: ${answer.error.message}`);
  const engine = deskSyncOf(desk.store).running!;
  const lines = createInterface({ input: process.stdin });
  if (role === 'source') {
    for (;;) {
      await engine.idle();
      const status = engine.status();
      if (status.state === 'connected' && status.waiting === 0) break;
      await pause(100);
    }
    say({ event: 'pushed', ms: performance.now() - started, rssBefore: before, rssAfter: rssMb(), cases: desk.store.collection('cases').size });
    const premier = desk.store.read().subscriptions.find((s) => s.levels.at(-1)?.level === 'premier' && s.period.end > beijingDateOf(now.getTime()))!;
    let logged = 0;
    for await (const line of lines) {
      if (line !== 'case') break;
      const at = Date.now();
      const openedAt = new Date(now.getTime() - ++logged * 60_000).toISOString();
      const opened = await desk.dispatch('cases/open', {
        partnerId: premier.partnerId,
        kind: 'technical',
        category: 'service-unavailable',
        severity: 'production-exception',
        openedAt,
      });
      say({ event: 'case', at, id: opened.ok ? (opened.data as { id: string }).id : null });
    }
  } else {
    const cases = desk.store.collection('cases');
    while (cases.size < Number(expected)) await pause(50);
    // Synced once the store's write of them is over and on disk (memory holds them before it ends).
    await desk.store.writeBehind();
    say({ event: 'synced', ms: performance.now() - started, rssBefore: before, rssAfter: rssMb(), cases: cases.size });
    let known = cases.size;
    const watch = setInterval(() => {
      if (cases.size === known) return;
      known = cases.size;
      say({ event: 'seen', at: Date.now(), cases: known });
    }, 2);
    for await (const line of lines) if (line === 'quit') break;
    clearInterval(watch);
  }
  lines.close();
  await desk.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
