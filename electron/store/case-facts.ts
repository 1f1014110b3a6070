import { technicalNotVoided } from '../../core/quota';
import { BEIJING_OFFSET_MS, DAY_MS, parseInstant } from '../../core/time';
import type { StoredCase } from './records/cases';

/**
 * What the index keeps of one day's cases, per partner (the partition is the Beijing day of
 * opening, so the day and month are the partition's): `t`, the technical cases not voided
 * (those that count toward a Standard month's quota, Q1/Q4, on a day Standard was in force,
 * Q5), and `r`, the vendor references in lower case (a reference is the partner's case for all
 * time, so an import finds a stored duplicate without reading three years of days), and `o`,
 * the second of the Beijing day each case was opened (a row without a reference is looked up
 * by its instant: only a day holding that very second is read). Short keys: the index of a
 * large portfolio holds about 100,000 of these.
 */
export type CaseFacts = Record<string, { t: number; r: string[]; o: number[] }>;

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const SECONDS_A_DAY = 86_400;

/**
 * Whether a value read from the index is a CaseFacts. Written out rather than as a zod schema:
 * an import checks the facts of every day, about 400,000 values.
 */
export function isCaseFacts(value: unknown): value is CaseFacts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const of of Object.values(value as Record<string, unknown>)) {
    if (typeof of !== 'object' || of === null) return false;
    const { t, r, o } = of as Record<string, unknown>;
    if (!isCount(t) || !Array.isArray(r) || !Array.isArray(o)) return false;
    if (!r.every((ref) => typeof ref === 'string') || !o.every((s) => isCount(s) && s < SECONDS_A_DAY)) return false;
  }
  return true;
}

/** The second of its Beijing day an instant falls on (T1), as `o` keeps it. */
export const beijingSecondOf = (instant: string): number => {
  const ms = (parseInstant(instant) + BEIJING_OFFSET_MS) % DAY_MS;
  return Math.floor((ms < 0 ? ms + DAY_MS : ms) / 1000);
};

/** Q4: the quota's view of a stored case (voided cases do not count, withdrawn ones do). */
export const quotaView = (c: StoredCase) => ({ openedAt: c.openedAt, kind: c.kind, voided: c.state === 'voided' });

/** The facts as the index keeps them: one JSON text per day. */
export const caseFactsText = (cases: readonly StoredCase[]): string => JSON.stringify(caseFactsOf(cases));

/** The facts of a text of caseFactsText, or undefined when it is not one. */
export function readCaseFacts(text: string): CaseFacts | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isCaseFacts(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Each stored case's second of opening, once: a day's facts are summed up again at each change of the day. */
const secondOfCase = new WeakMap<StoredCase, number>();

export function caseFactsOf(cases: readonly StoredCase[]): CaseFacts {
  const facts: CaseFacts = {};
  for (const c of cases) {
    const of = (facts[c.partnerId] ??= { t: 0, r: [], o: [] });
    if (technicalNotVoided(quotaView(c))) of.t += 1;
    if (c.vendorRef !== '') of.r.push(c.vendorRef.toLowerCase());
    let second = secondOfCase.get(c);
    if (second === undefined) secondOfCase.set(c, (second = beijingSecondOf(c.openedAt)));
    of.o.push(second);
  }
  return facts;
}
