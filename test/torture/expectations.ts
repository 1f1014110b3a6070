import { claims, landedWhole, type Unanswered } from './claims';
import { type DeskState, kindOf, PORTFOLIO_KINDS } from './desk-state';
import type { ChangeKind, LogLine } from './log-lines';

/** What one child's log told: its open, the changes acknowledged, refused and left unanswered. */
export type RoundLog = {
  opened: boolean;
  openMs: number | null;
  acknowledged: Partial<Record<ChangeKind, number>>;
  /** How many files each acknowledged change wrote or removed, and how long it took, by kind (where and when to aim a kill). */
  writes: Partial<Record<ChangeKind, number[]>>;
  ms: Partial<Record<ChangeKind, number[]>>;
  refused: Record<string, number>;
  unanswered: ChangeKind | null;
  failures: string[];
  logErrors: string[];
};

/**
 * What the folder must hold: every record as the last acknowledged change left it. Built from
 * the reopened folder after each check, then moved on by the next child's acknowledged facts;
 * a change killed in flight stays `unanswered` until the next check, which accepts either of its
 * outcomes for the records it could touch and nothing else.
 */
export class Expectations {
  private unanswered: Unanswered[] = [];

  constructor(private expected: DeskState) {}

  read(lines: readonly LogLine[], round: number): RoundLog {
    const log: RoundLog = { opened: false, openMs: null, acknowledged: {}, writes: {}, ms: {}, refused: {}, unanswered: null, failures: [], logErrors: [] };
    let inFlight: Unanswered | null = null;
    for (const line of lines) {
      if (line.t === 'opened') {
        log.opened = true;
        log.openMs = line.openMs;
        if (line.notices.length > 0) log.failures.push(`the child's open found damage: ${JSON.stringify(line.notices)}`);
      } else if (line.t === 'open-failed') log.failures.push(`the child could not open the folder: ${line.message}`);
      else if (line.t === 'log-error') log.logErrors.push(line.message);
      else if (line.t === 'unexpected') {
        log.failures.push(`change ${line.seq}: ${line.message}`);
        // Whatever an unexpected answer stored is reported once, as that failure, not again as strays.
        if (inFlight?.seq === line.seq) {
          this.unanswered.push(inFlight);
          inFlight = null;
        }
      } else if (line.t === 'begin')
        inFlight = { change: line.change, round, seq: line.seq, keysAtBegin: new Set(this.expected.keys()), touchedLater: new Set(), superseded: false };
      else if (line.t === 'refused') {
        const what = `${inFlight?.change.kind ?? '?'} ${line.code}`;
        log.refused[what] = (log.refused[what] ?? 0) + 1;
        inFlight = null;
      } else if (line.t === 'ack' && inFlight) {
        const kind = inFlight.change.kind;
        log.acknowledged[kind] = (log.acknowledged[kind] ?? 0) + 1;
        (log.writes[kind] ??= []).push(line.writes);
        (log.ms[kind] ??= []).push(line.ms);
        this.acknowledge(line.facts, line.clearCases === true, kind === 'sample-load' || kind === 'sample-remove');
        inFlight = null;
      }
    }
    if (inFlight) {
      this.unanswered.push(inFlight);
      log.unanswered = inFlight.change.kind;
    }
    return log;
  }

  private acknowledge(facts: readonly [string, string | null][], clearCases: boolean, wholePortfolio: boolean): void {
    if (clearCases) for (const key of [...this.expected.keys()]) if (kindOf(key) === 'case') this.expected.delete(key);
    for (const [key, value] of facts) {
      if (value === null) this.expected.delete(key);
      else this.expected.set(key, value);
    }
    for (const u of this.unanswered) {
      for (const [key] of facts) u.touchedLater.add(key);
      if (wholePortfolio) u.superseded = true;
    }
  }

  /** Compares the reopened folder with what was acknowledged; answers every loss or stray change found. */
  check(actual: DeskState): string[] {
    const failures: string[] = [];
    const live = this.unanswered.filter((u) => !u.superseded);
    for (const key of new Set([...this.expected.keys(), ...actual.keys()])) {
      const exp = this.expected.get(key) ?? null;
      const act = actual.get(key) ?? null;
      if (exp === act) continue;
      const [e, a] = [exp === null ? null : JSON.parse(exp), act === null ? null : JSON.parse(act)];
      if (live.some((u) => claims(u.change, key, e, a))) continue;
      failures.push(describe(key, e, a));
    }
    for (const u of live) {
      const wrong = landedWhole(u, actual);
      if (wrong) failures.push(`${wrong} [round ${u.round}, change ${u.seq}]`);
    }
    return failures;
  }

  /** Whether the desk holds partners, cases or bookings, as far as the acknowledged changes say. */
  holdsPortfolio(): boolean {
    return [...this.expected.keys()].some((key) => (PORTFOLIO_KINDS as readonly string[]).includes(kindOf(key)));
  }

  /** After a check the folder as found is the truth the next round starts from. */
  rebase(actual: DeskState): void {
    this.expected = actual;
    this.unanswered = [];
  }
}

function describe(key: string, exp: unknown, act: unknown): string {
  if (act === null) return `${key} was acknowledged and is gone: ${JSON.stringify(exp).slice(0, 300)}`;
  if (exp === null) return `${key} is there though no acknowledged change made it: ${JSON.stringify(act).slice(0, 300)}`;
  const fields =
    typeof exp === 'object' && typeof act === 'object' && exp && act
      ? Object.keys({ ...exp, ...act }).filter(
          (f) => JSON.stringify((exp as Record<string, unknown>)[f]) !== JSON.stringify((act as Record<string, unknown>)[f]),
        )
      : [];
  const show = (v: unknown) =>
    JSON.stringify(fields.length > 0 ? Object.fromEntries(fields.map((f) => [f, (v as Record<string, unknown>)[f]])) : v).slice(0, 300);
  return `${key} differs from its last acknowledged state: acknowledged ${show(exp)}, found ${show(act)}`;
}
