import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { createInterface } from 'node:readline';

import { startSyncServer } from '@main/sync/server/server';
import { addManager } from '@main/sync/server/tokens';

import { check, type Figure } from './bench-figures';

type Event = Record<string, unknown> & { event: string };

/** A desk of the benchmark in a process of its own (sync-probe.ts), its events read line by line. */
function probe(args: string[]) {
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/bench/sync-probe.ts', ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const events: Event[] = [];
  const waiting: { event: string; resolve: (e: Event) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const event = JSON.parse(line) as Event;
    const at = waiting.findIndex((w) => w.event === event.event);
    if (at === -1) events.push(event);
    else waiting.splice(at, 1)[0]!.resolve(event);
  });
  const next = (event: string, timeoutMs: number) =>
    new Promise<Event | null>((resolve) => {
      const at = events.findIndex((e) => e.event === event);
      if (at !== -1) return resolve(events.splice(at, 1)[0]!);
      const timer = setTimeout(() => resolve(null), timeoutMs);
      waiting.push({ event, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  const send = (line: string) => child.stdin!.write(`${line}\n`);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      send('quit');
      setTimeout(() => child.kill(), 30_000).unref();
    });
  return { next, send, stop };
}

const LIMIT_MS = 10 * 60_000;
const LATENCY_RUNS = 5;

/**
 * Team sync over the loopback address with the team's real server (in this process): the large
 * portfolio's desk turns sync on and writes everything to the server; an empty desk (a manager's
 * new laptop) turns it on and receives it all; then cases logged on the first reach the second.
 * Each desk runs in a process of its own, so its memory is its own. A phase that takes longer
 * than ten minutes is reported as such, not waited for.
 */
export async function syncFigures(dir: string, root: string, now: Date): Promise<Figure[]> {
  const serverDir = join(root, 'sync-server');
  await mkdir(serverDir, { recursive: true });
  const tokensFile = join(root, 'sync-tokens.json');
  const token = await addManager(tokensFile, { id: 'wang', name: 'Wang Fang', role: 'manager', team: 'bench' });
  const server = await startSyncServer({ dataDir: serverDir, tokensFile, port: 0, log: () => undefined });
  const source = join(root, 'sync-source');
  await cp(dir, source, { recursive: true, filter: (path) => !path.includes(`${sep}backups`) });
  const a = probe(['source', source, server.url, token, now.toISOString()]);
  let b: ReturnType<typeof probe> | null = null;
  try {
    const pushed = await a.next('pushed', LIMIT_MS);
    const over = (what: string) => `not finished within ${LIMIT_MS / 60_000} minutes (${what})`;
    if (!pushed)
      return [{ name: 'team sync: the large portfolio to an empty desk', unit: 's', samples: [], target: 60, note: over('writing it to the server') }];
    // The empty desk starts once the server holds everything (every case the first desk holds): its figure is its own.
    const cases = Number(pushed.cases);
    b = probe(['empty', join(root, 'sync-empty'), server.url, token, now.toISOString(), String(cases)]);
    const synced = await b.next('synced', LIMIT_MS);
    const memory: Figure = {
      name: 'team sync: memory it adds to main (RSS)',
      unit: 'MB',
      samples: [Number(pushed.rssAfter) - Number(pushed.rssBefore)],
      target: 150,
      note: `the large portfolio's desk, before and after sync wrote it all; the empty desk ${synced ? `${Math.round(Number(synced.rssAfter))} MB once it held every case` : 'did not finish'}`,
    };
    const whole: Figure = {
      name: 'team sync: the large portfolio to an empty desk',
      unit: 's',
      samples: synced ? [Number(synced.ms) / 1000] : [],
      target: 60,
      note: `${cases} cases; the first desk wrote them to the server in ${(Number(pushed.ms) / 1000).toFixed(0)} s${synced ? '' : `; ${over('receiving it')}`}`,
    };
    if (!synced) return [whole, memory];
    check(Number(synced.cases) === cases, `the empty desk holds every case (${String(synced.cases)} of ${cases})`);
    const latency: number[] = [];
    for (let run = 0; run < LATENCY_RUNS; run += 1) {
      a.send('case');
      const logged = await a.next('case', 30_000);
      const seen = await b.next('seen', 30_000);
      check(logged !== null && logged.id !== null && seen !== null, 'the case logged on one desk reached the other');
      latency.push((Number(seen!.at) - Number(logged!.at)) / 1000);
    }
    return [whole, { name: 'team sync: one case to the other desk (p95)', unit: 's', samples: latency, target: 2 }, memory];
  } finally {
    await Promise.all([a.stop(), b?.stop()]);
    await server.close();
  }
}
