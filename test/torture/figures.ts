import type { ChangeKind } from './log-lines';

export type Failure = { round: number; message: string };

/** One round, for the --json file: when the kill came and what the child had done by then. */
export type RoundRecord = {
  round: number;
  killed: string;
  opened: boolean;
  acknowledged: number;
  inFlight: string | null;
  checked: boolean;
  reopenMs: number | null;
};

/** What a run measured: printed at the end, and written with --json. */
export type Figures = {
  seed: number;
  kills: number;
  killsDuringOpen: number;
  /** Of those, kills of an open that was recovering from the previous kill (no check in between). */
  killsDuringRecovery: number;
  killsMidStream: number;
  /** Kills aimed at, and landing on, a file write of a change across files (or of a recovery). */
  killsAtAWrite: number;
  acknowledged: number;
  acknowledgedByKind: Partial<Record<ChangeKind, number>>;
  /** Refused changes by kind and code (a refusal must change nothing, which the check holds it to). */
  refused: Record<string, number>;
  /** The change in flight at each kill, by kind. */
  unansweredByKind: Partial<Record<ChangeKind, number>>;
  checkedReopens: number;
  reopenMs: number[];
  childOpenMs: number[];
  undoneSampleLoads: number;
  partialBackupsSeen: number;
  logErrors: string[];
  failures: Failure[];
  seconds: number;
  rounds: RoundRecord[];
};

export const emptyFigures = (seed: number): Figures => ({
  seed,
  kills: 0,
  killsDuringOpen: 0,
  killsDuringRecovery: 0,
  killsMidStream: 0,
  killsAtAWrite: 0,
  acknowledged: 0,
  acknowledgedByKind: {},
  refused: {},
  unansweredByKind: {},
  checkedReopens: 0,
  reopenMs: [],
  childOpenMs: [],
  undoneSampleLoads: 0,
  partialBackupsSeen: 0,
  logErrors: [],
  failures: [],
  seconds: 0,
  rounds: [],
});

export function addCounts<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>): void {
  for (const [key, count] of Object.entries(from) as [K, number][]) into[key] = (into[key] ?? 0) + count;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const p95 = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * 0.95) - 1)] ?? Number.NaN;
const ms = (values: readonly number[]) => `median ${median(values).toFixed(0)} ms, p95 ${p95(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
const counts = (byKind: Partial<Record<string, number>>) =>
  Object.entries(byKind)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');

export function printFigures(f: Figures, command: string): void {
  const slow = f.reopenMs.filter((t) => t >= 1000).length;
  console.log(`\nTorture run, seed ${f.seed}: ${f.kills} kills in ${f.seconds.toFixed(1)} s (${(f.seconds / Math.max(1, f.kills)).toFixed(2)} s per kill)`);
  console.log(
    `  kills during open: ${f.killsDuringOpen} (${f.killsDuringRecovery} while recovering from the previous kill), mid-stream: ${f.killsMidStream}; aimed at a file write of a change across files or of a recovery: ${f.killsAtAWrite}`,
  );
  console.log(
    `  acknowledged changes: ${f.acknowledged} (${counts(f.acknowledgedByKind)}); refused: ${Object.values(f.refused).reduce((sum, n) => sum + n, 0)} (${counts(f.refused)})`,
  );
  console.log(`  in flight at the kill: ${counts(f.unansweredByKind) || 'none'}`);
  console.log(`  checked reopens: ${f.checkedReopens}; reopen ${ms(f.reopenMs)}; ${slow} at 1 s or more`);
  console.log(
    `  child opens: ${ms(f.childOpenMs)}; sample loads undone at start: ${f.undoneSampleLoads}; cut-short backup copies seen: ${f.partialBackupsSeen}`,
  );
  if (f.logErrors.length > 0) console.log(`  errors main would log: ${f.logErrors.length}, first: ${f.logErrors.slice(0, 3).join(' | ')}`);
  console.log(`  failures: ${f.failures.length}`);
  for (const failure of f.failures.slice(0, 40)) console.log(`    round ${failure.round}: ${failure.message}`);
  if (f.failures.length > 40) console.log(`    … and ${f.failures.length - 40} more`);
  if (f.failures.length > 0) {
    const rounds = [...new Set(f.failures.map((x) => x.round))];
    console.log(`  to reproduce: ${command} --seed ${f.seed} (first failure at round ${rounds[0]}; kill timing varies from run to run)`);
  }
}
