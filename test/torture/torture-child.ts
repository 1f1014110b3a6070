// The torture suite's child: opens the desk on the data folder and runs a random stream of every
// kind of change until the parent kills it. Arguments: <dataDir> <logFile> <seed> <round> <clock ms>.
import { type Desk, openDesk } from '@main/desk';
import { seededRandom } from '@main/seed/random';

import { testServices } from '../builders/services';
import { runStream } from './change-stream';
import { openLog } from './log-lines';
import { writeProbe } from './write-probe';

async function main(): Promise<void> {
  const [dataDir, logFile, seed, round, clock] = process.argv.slice(2);
  if (!dataDir || !logFile || !seed || !round || !clock) throw new Error('usage: torture-child <dataDir> <logFile> <seed> <round> <clock ms>');
  const startedAt = performance.now();
  // A laptop's clock: real time passing from the instant the parent gives this round.
  const nowMs = () => Number(clock) + Math.round(performance.now() - startedAt);
  let ids = 0;
  const log = openLog(logFile);
  const services = testServices({
    now: () => new Date(nowMs()),
    newId: () => `r${round}-${++ids}`,
    // A damaged day file found while the stream reads it is damage like one found at open.
    emit: (event, payload) => {
      if (event === 'app/data-notice') log.write({ t: 'unexpected', seq: -1, message: `data notice while running: ${JSON.stringify(payload)}` });
    },
  });
  services.log.error = (message, cause) => log.write({ t: 'log-error', message: `${message}: ${(cause as Error | undefined)?.message ?? ''}` });
  const probe = writeProbe();
  // Told on stdout, not in the log: the parent times a kill during the open from it.
  process.stdout.write('opening\n');
  const openStarted = performance.now();
  let desk: Desk;
  try {
    desk = await openDesk({ dataDir, services, fs: probe.fs });
  } catch (error) {
    log.write({ t: 'open-failed', message: (error as Error).stack ?? String(error) });
    process.exit(3);
  }
  const openMs = performance.now() - openStarted;
  const status = await desk.dispatch('sample/status', {});
  log.write({ t: 'opened', openMs, notices: [...desk.store.notices], interrupted: status.ok ? (status.data as { interrupted: unknown }).interrupted : null });
  process.stdout.write('opened\n');
  const random = seededRandom((Number(seed) ^ Math.imul(Number(round), 0x9e3779b1)) >>> 0);
  await runStream({ desk, random, seq: 0, nowMs, tag: (seq) => `t${round}.${seq}`, writes: probe.writes }, log.write);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(2);
});
