import { closeSync, fdatasyncSync, openSync, readFileSync, writeSync } from 'node:fs';

import type { DataNotice } from '@main/ipc/contract';

/**
 * What a change in flight may touch, logged before it is dispatched: if the kill comes before its
 * answer, the parent accepts either outcome for exactly these records, and checks that a change
 * spanning several files landed whole or not at all. Tags are unique strings the change writes
 * into its records (a case's notes, a booking's history reason), so its records can be found
 * again whatever came after.
 */
export type Footprint =
  | { kind: 'partner-create'; name: string }
  | { kind: 'partner-update' | 'partner-archive'; partnerId: string }
  | { kind: 'subscription'; partnerId: string; action: 'subscribe' | 'change' | 'renew' }
  | { kind: 'buy-pack'; partnerId: string }
  | { kind: 'consumption'; partnerId: string; month: string }
  | { kind: 'case-open'; tag: string }
  | { kind: 'case-update'; caseId: string; action: string }
  | { kind: 'import'; tag: string; rows: number; accepted: number }
  | { kind: 'sla-alerts' }
  | { kind: 'booking-create'; tag: string }
  | { kind: 'booking-update'; bookingId: string; action: 'cancel' | 'deliver' }
  | { kind: 'reschedule'; bookingId: string; tag: string }
  | { kind: 'settings' | 'price-book' | 'calendar-import' | 'calendar-reset' | 'sample-load' | 'sample-remove' };

export type ChangeKind = Footprint['kind'];

export type LogLine =
  | { t: 'opened'; openMs: number; notices: DataNotice[]; interrupted: unknown }
  | { t: 'open-failed'; message: string }
  | { t: 'begin'; seq: number; change: Footprint }
  /** The change was answered ok: `facts` is what it made true, `clearCases` that every case is gone. */
  | { t: 'ack'; seq: number; ms: number; writes: number; facts: [string, string | null][]; clearCases?: true }
  | { t: 'refused'; seq: number; code: string; message: string }
  /** An answer the change stream did not expect (INTERNAL, a thrown error): a failure in itself. */
  | { t: 'unexpected'; seq: number; message: string }
  /** Something main's log would hold (a failed backup): counted and shown, not a loss in itself. */
  | { t: 'log-error'; message: string };

/**
 * The child's append-only log. A line is written with one write() and synced before the next
 * change starts, so a line present means the answer came; SIGKILL cannot tear a write() to a
 * local file, and a torn last line (a power cut) is ignored by the reader.
 */
export function openLog(path: string): { write: (line: LogLine) => void; close: () => void } {
  const fd = openSync(path, 'a');
  return {
    write: (line) => {
      writeSync(fd, `${JSON.stringify(line)}\n`);
      fdatasyncSync(fd);
    },
    close: () => closeSync(fd),
  };
}

export function readLog(path: string): LogLine[] {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as LogLine);
}
