import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * When the parent kills the child. 'open': `delayMs` after it says "opening" (its open, and any
 * recovery in it), or at its `atWrite`-th file write before then. 'stream': `delayMs` after
 * "opened". 'write': at the `atWrite(kind)`-th file write of the first change of one of `kinds`
 * (all-or-nothing changes across files), or right after that change if it wrote fewer.
 */
export type KillPlan =
  | { phase: 'open'; delayMs: number; atWrite: number | null }
  | { phase: 'stream'; delayMs: number }
  | { phase: 'write'; kinds: readonly string[]; atWrite: (kind: string) => number };

export type ChildOutcome = {
  /** What went wrong with the child itself: it did not start in time, or it ended on its own. */
  failure: string | null;
  /** When the kill came, in words (for the failure report). */
  killed: string;
};

/** A child that has not said "opening" (started) or "opened" by then is stuck: a failure. */
const START_LIMIT_MS = 20_000;
/** The longest a stream runs before it is killed anyway (a 'write' kill whose change never came). */
const STREAM_LIMIT_MS = 4_000;

/**
 * Runs one child on the folder and kills it (SIGKILL) as planned. Resolves once the process has
 * exited and been reaped, so its PID no longer holds the lock when the parent reopens.
 */
export function runChild(script: string, args: readonly string[], plan: KillPlan): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let failure: string | null = null;
    let killed: string | null = null;
    let markAt = performance.now();
    let timer: NodeJS.Timeout | undefined;
    let target: { kind: string; left: number; of: number } | null = null;
    let openWrites = 0;
    const kill = (how: string, why: string | null = null) => {
      if (killed !== null) return;
      killed = `${how}, ${(performance.now() - markAt).toFixed(0)} ms after "${plan.phase === 'open' ? 'opening' : 'opened'}"`;
      failure = why;
      child.kill('SIGKILL');
    };
    const after = (ms: number, how: string, why: string | null = null) => {
      clearTimeout(timer);
      timer = setTimeout(() => kill(how, why), ms);
    };
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
    after(START_LIMIT_MS, 'stuck', `the child did not start within ${START_LIMIT_MS / 1000} s`);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'opening') {
        markAt = performance.now();
        if (plan.phase === 'open') after(plan.delayMs, 'during the open, by the clock');
        else after(START_LIMIT_MS, 'stuck', `the child did not open the folder within ${START_LIMIT_MS / 1000} s`);
      } else if (line === 'opened') {
        if (plan.phase === 'open') return;
        markAt = performance.now();
        after(plan.phase === 'stream' ? plan.delayMs : STREAM_LIMIT_MS, 'mid-stream, by the clock');
      } else if (line === 'w') {
        if (plan.phase === 'open' && plan.atWrite !== null && ++openWrites === plan.atWrite) kill(`at write ${openWrites} of the open`);
        if (target && --target.left === 0) kill(`at write ${target.of} of ${target.kind}`);
      } else if (line.startsWith('begin ') && plan.phase === 'write') {
        const kind = line.slice('begin '.length);
        if (target) kill(`just after ${target.kind} (it wrote fewer than ${target.of} files)`);
        else if (plan.kinds.includes(kind)) {
          const at = Math.max(1, plan.atWrite(kind));
          target = { kind, left: at, of: at };
        }
      }
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (killed === null) failure = `the child ended on its own (${signal ?? `exit code ${code}`}): ${stderr.trim() || 'nothing on stderr'}`;
      resolve({ failure, killed: killed ?? 'not killed' });
    });
  });
}
