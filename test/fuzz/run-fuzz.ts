import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import { seededRandom } from '@main/seed/random';
import { deskSyncOf } from '@main/sync/desk-sync';

import { bounded, loggedCause } from './call-outcome';
import { dataDigester, digestChanges } from './data-digest';
import { openFuzzDesk } from './fuzz-desk';
import { requestStream } from './request-stream';

export type FailureKind = 'internal' | 'thrown' | 'hang' | 'changed';
export type Failure = { kind: FailureKind; call: number; channel: unknown; request: unknown; detail: string };

export type FuzzReport = {
  calls: number;
  seed: number;
  ms: number;
  counts: Record<FailureKind, number>;
  /** Answers per channel: 'ok' or the error code. */
  byChannel: Record<string, Record<string, number>>;
  /** The longest a call of each channel took, in ms. */
  slowest: Record<string, number>;
  /** The time all calls of each channel took, in ms. */
  spent: Record<string, number>;
  failures: Failure[];
};

export type FuzzOptions = { calls: number; seed: number; timeoutMs?: number; onProgress?: (done: number) => void };

/** Channels whose answer names a new record another request may then use. */
const CREATES: Record<string, 'partnerIds' | 'caseIds' | 'bookingIds'> = {
  'partners/create': 'partnerIds',
  'cases/open': 'caseIds',
  'bookings/create': 'bookingIds',
};

const NO_SUCH_CHANNEL = '(no such channel)';
// Main's clock moves three minutes a call: clocks go at risk and breach, months and service years turn.
const CLOCK_STEP_MS = 3 * 60_000;

/**
 * Sends `calls` requests over every channel of the contract to a real desk holding a small
 * portfolio, deterministic from `seed`, and checks each answer: no INTERNAL, nothing thrown, no
 * hang, and a refused call leaves the stored files as they were.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const random = seededRandom(options.seed);
  const fuzz = await openFuzzDesk();
  const digest = dataDigester(fuzz.dir);
  const next = requestStream(random, fuzz.pools);
  const report: FuzzReport = {
    calls: 0,
    seed: options.seed,
    ms: 0,
    counts: { internal: 0, thrown: 0, hang: 0, changed: 0 },
    byChannel: {},
    slowest: {},
    spent: {},
    failures: [],
  };
  const fail = (failure: Failure) => {
    report.counts[failure.kind] += 1;
    report.failures.push(failure);
  };
  let before = digest();
  let hung = false;
  try {
    for (let call = 0; call < options.calls && !hung; call += 1) {
      const { channel, sentTo, request } = next();
      fuzz.advanceClock(CLOCK_STEP_MS);
      const sent = performance.now();
      const outcome = await bounded(() => fuzz.desk.dispatch(sentTo, request), timeoutMs);
      const took = performance.now() - sent;
      // With team sync on, its engine writes the documents after each change (and the store with
      // what they hold): the files are compared once it has nothing left to do.
      if (!('hang' in outcome)) await deskSyncOf(fuzz.desk.store).running?.idle();
      const code = 'hang' in outcome ? 'HANG' : 'thrown' in outcome ? 'THROWN' : outcome.answer.ok ? 'ok' : outcome.answer.error.code;
      tallyCall(report, sentTo === channel ? channel : NO_SUCH_CHANNEL, code, took);
      const failed = (kind: FailureKind, detail: string) => fail({ kind, call, channel: sentTo, request, detail });
      // A handler that blocks the event loop answers late instead of never: a hang all the same.
      if (!('hang' in outcome) && took > timeoutMs) failed('hang', `answered after ${Math.round(took)} ms`);
      if ('hang' in outcome) {
        failed('hang', `no answer within ${timeoutMs} ms`);
        // The store's queue may be held by the call that hangs: what follows would prove nothing.
        hung = true;
      } else if ('thrown' in outcome) {
        failed('thrown', String((outcome.thrown as Error | undefined)?.stack ?? outcome.thrown));
        before = digest();
      } else if (outcome.answer.ok) {
        const pool = CREATES[channel];
        const id = (outcome.answer.data as { id?: unknown } | null)?.id;
        if (pool && typeof id === 'string') fuzz.pools[pool].push(id);
        before = digest();
      } else {
        if (code === 'INTERNAL') failed('internal', loggedCause(fuzz.services.log.errors) ?? outcome.answer.error.message);
        // A refused call must leave the stored files as they were.
        const after = digest();
        const changes = digestChanges(before, after);
        if (changes) failed('changed', `${code}: ${changes}`);
        before = after;
      }
      // The save dialog's stand-in writes every export under exports/; keep the folder small.
      if (call % 25 === 24) await rm(join(fuzz.dir, 'exports'), { recursive: true, force: true });
      options.onProgress?.(call + 1);
    }
  } finally {
    // After a hang the store may never close: give it a moment, then leave it.
    if (hung) await Promise.race([fuzz.close(), new Promise((resolve) => setTimeout(resolve, 1000))]);
    else await fuzz.close();
  }
  report.ms = performance.now() - started;
  return report;
}

function tallyCall(report: FuzzReport, name: string, code: string, took: number): void {
  report.calls += 1;
  const tally = (report.byChannel[name] ??= {});
  tally[code] = (tally[code] ?? 0) + 1;
  report.slowest[name] = Math.max(report.slowest[name] ?? 0, took);
  report.spent[name] = (report.spent[name] ?? 0) + took;
}
