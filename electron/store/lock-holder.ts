import { readFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';

/**
 * Who holds a data folder: enough to tell, after a crash or a reboot, whether that process
 * still runs. A PID alone is not: after a reboot it may belong to any other program.
 */
export type LockHolder = {
  pid: number;
  host: string;
  /** When this computer last started (ms since 1970, to the minute): a reboot changes it. */
  bootedAt: number;
  /** When the process started (ms since 1970). */
  startedAt: number;
  /** Linux: the process's start time in clock ticks since boot (/proc/<pid>/stat), exact. */
  startTicks: number | null;
};

const MINUTE = 60_000;

/** Linux's start time of a process, in clock ticks since boot; null where there is no /proc. */
export function processStartTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

export function thisProcess(now: number): LockHolder {
  return {
    pid: process.pid,
    host: hostname(),
    bootedAt: Math.round((now - uptime() * 1000) / MINUTE) * MINUTE,
    startedAt: Math.round(now - process.uptime() * 1000),
    startTicks: processStartTicks(process.pid),
  };
}

/** Reads a lock file: this version's JSON, or an older version's bare PID. */
export function parseHolder(text: string): (Partial<LockHolder> & { pid: number }) | null {
  const bare = Number.parseInt(text, 10);
  if (/^\s*\d+\s*$/.test(text) && bare > 0) return { pid: bare };
  try {
    const raw = JSON.parse(text) as Partial<LockHolder>;
    return typeof raw.pid === 'number' && Number.isInteger(raw.pid) && raw.pid > 0 ? { ...raw, pid: raw.pid } : null;
  } catch {
    return null;
  }
}

export type Liveness = { alive: (pid: number) => boolean; startTicks: (pid: number) => number | null; here: LockHolder };

/**
 * Whether the holder may still have the folder open. Another computer's lock (a shared drive)
 * cannot be checked, so it stands. On this computer it is stale when the computer restarted
 * since (more than two minutes' drift in the boot time), when the PID is gone, or when the PID
 * now belongs to a process that started at another time.
 */
export function holderMayBeAlive(holder: Partial<LockHolder> & { pid: number }, { alive, startTicks, here }: Liveness): boolean {
  if (holder.host !== undefined && holder.host !== here.host) return true;
  if (holder.bootedAt !== undefined && Math.abs(holder.bootedAt - here.bootedAt) > 2 * MINUTE) return false;
  if (!alive(holder.pid)) return false;
  const ticks = holder.startTicks ?? null;
  if (ticks !== null) {
    const current = startTicks(holder.pid);
    if (current !== null && current !== ticks) return false;
  }
  return true;
}
