import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { HOUR_MS, MINUTE_MS } from '@core/time';
import type { Random } from '@main/seed/random';

import { type KillPlan, runChild } from './child-round';
import type { Expectations, RoundLog } from './expectations';
import { addCounts, type Figures, median } from './figures';
import { readLog } from './log-lines';
import { reopenAndRead } from './reopen-check';

/** The simulated laptop's clock moves on this much between rounds: days turn (daily backups), months turn (older days go lazy). */
const ROUND_MS = 4 * HOUR_MS;
/** A kill by the clock comes within this long after the child opened … */
const STREAM_KILL_MS = 2000;
/** Shares of kills timed during the open and aimed at a file write; the rest come by the clock mid-stream. */
const OPEN_KILLS = 0.25;
const WRITE_KILLS = 0.35;
/** Share of kills after which the next child, not the parent, opens the folder first (and recovers it). */
const UNCHECKED = 0.25;
/** The changes that write several files, where a kill is aimed at one of the writes. */
const ACROSS_FILES = ['import', 'sample-load', 'sample-remove', 'reschedule', 'sla-alerts'];

export type RunSetup = {
  script: string;
  work: string;
  dataDir: string;
  seed: number;
  clockStart: number;
  kills: number;
  random: Random;
  figures: Figures;
  expectations: Expectations;
};

/**
 * One kill after another on the same folder: a child runs changes until the kill, its log moves
 * the expectations on, and (most rounds) the parent reopens the folder and checks it.
 */
export class TortureRun {
  private unchecked = false;
  private readonly writesOf: Record<string, number[]> = {};
  private readonly msOf: Record<string, number[]> = {};
  /** Logs of the rounds since the last check: kept only when that check fails (a sample load's log is 1.5 MB). */
  private logs: string[] = [];

  constructor(private readonly run: RunSetup) {}

  private killPlan(phaseDraw: number, delayDraw: number): KillPlan {
    const { figures, expectations } = this.run;
    if (this.unchecked || phaseDraw < OPEN_KILLS) {
      const openEstimate = figures.childOpenMs.length > 0 ? median(figures.childOpenMs) : 60;
      // After an unchecked kill the open has something to recover: aim at one of its first writes too.
      return { phase: 'open', delayMs: delayDraw * openEstimate * 1.3, atWrite: this.unchecked ? 1 + Math.floor(delayDraw * 3) : null };
    }
    const atWrite = (kind: string) => 1 + Math.floor(delayDraw * median(this.writesOf[kind] ?? [kind === 'sample-load' ? 200 : 4]));
    if (!expectations.holdsPortfolio()) {
      // An empty desk starts by loading the sample (0.6-1.6 s, some 200 files): half the time a
      // kill is aimed at one of its writes, else it mostly finishes and the stream goes on.
      if (phaseDraw < 0.5) return { phase: 'write', kinds: ['sample-load'], atWrite };
      return { phase: 'stream', delayMs: delayDraw * 2.5 * median(this.msOf['sample-load'] ?? [1500]) };
    }
    if (phaseDraw < OPEN_KILLS + WRITE_KILLS) return { phase: 'write', kinds: ACROSS_FILES, atWrite };
    return { phase: 'stream', delayMs: delayDraw * STREAM_KILL_MS };
  }

  /** Runs round `round`; answers false when the folder can no longer be checked (the run stops). */
  async round(round: number): Promise<boolean> {
    const { script, work, dataDir, seed, clockStart, kills, random, figures, expectations } = this.run;
    // Drawn every round, whatever is used, so a seed gives the same plan of kills.
    const [phaseDraw, delayDraw, checkDraw] = [random.next(), random.next(), random.next()];
    const clock = clockStart + round * ROUND_MS;
    const logFile = join(work, 'logs', `round-${round}.log`);
    const outcome = await runChild(script, [dataDir, logFile, String(seed), String(round), String(clock)], this.killPlan(phaseDraw, delayDraw));
    const log = expectations.read(readLog(logFile), round);
    const failures = [...(outcome.failure ? [outcome.failure] : []), ...log.failures];
    this.count(round, log, outcome.killed.startsWith('at write'));

    // Now and then the next child opens the killed folder itself, so kills also hit its recovery.
    this.unchecked = !this.unchecked && round < kills && checkDraw < UNCHECKED && failures.length === 0;
    let checkable = true;
    if (!this.unchecked) {
      const reopened = await reopenAndRead(dataDir, clock + 10 * MINUTE_MS);
      figures.checkedReopens++;
      figures.reopenMs.push(reopened.openMs);
      if (reopened.undidSample) figures.undoneSampleLoads++;
      figures.partialBackupsSeen += reopened.partialBackups;
      figures.logErrors.push(...reopened.logErrors.map((m) => `round ${round} (reopen): ${m}`));
      failures.push(...reopened.failures);
      if (reopened.state) {
        failures.push(...expectations.check(reopened.state));
        expectations.rebase(reopened.state);
      } else checkable = false;
    }
    const acknowledged = Object.values(log.acknowledged).reduce((sum, n) => sum + n, 0);
    figures.rounds.push({
      round,
      killed: outcome.killed,
      opened: log.opened,
      acknowledged,
      inFlight: log.unanswered,
      checked: !this.unchecked,
      reopenMs: this.unchecked ? null : (figures.reopenMs.at(-1) ?? null),
    });
    for (const message of failures) figures.failures.push({ round, message: `${message} (killed ${outcome.killed}; log ${logFile})` });
    // The folder as the first failing check left it, for whoever looks into it.
    if (failures.length > 0 && figures.failures.length === failures.length) await cp(dataDir, join(work, `data-after-round-${round}`), { recursive: true });
    this.logs.push(logFile);
    if (!this.unchecked) {
      if (failures.length === 0) for (const file of this.logs) await rm(file, { force: true });
      this.logs = [];
    }
    return checkable;
  }

  private count(round: number, log: RoundLog, atWrite: boolean): void {
    const { figures } = this.run;
    for (const [kind, counts] of Object.entries(log.writes)) (this.writesOf[kind] ??= []).push(...counts);
    for (const [kind, times] of Object.entries(log.ms)) (this.msOf[kind] ??= []).push(...times);
    figures.kills++;
    if (atWrite) figures.killsAtAWrite++;
    if (log.opened) figures.killsMidStream++;
    else figures.killsDuringOpen++;
    if (!log.opened && this.unchecked) figures.killsDuringRecovery++;
    if (log.openMs !== null) figures.childOpenMs.push(log.openMs);
    figures.acknowledged += Object.values(log.acknowledged).reduce((sum, n) => sum + n, 0);
    addCounts(figures.acknowledgedByKind, log.acknowledged);
    addCounts(figures.refused, log.refused);
    if (log.unanswered) addCounts(figures.unansweredByKind, { [log.unanswered]: 1 });
    figures.logErrors.push(...log.logErrors.map((m) => `round ${round}: ${m}`));
  }
}
