import { technicalNotVoided } from '@core/quota';
import { BEIJING_OFFSET_MS, DAY_MS, parseInstant } from '@core/time';

import { addToSlaFact, appendedSlaText, emptySlaFact, inSlaFacts, isSlaFactText, type SlaFact, slaFactText } from './case-sla-facts';
import type { StoredCase } from './records/cases';

/**
 * What the index keeps of one day's cases, per partner (the partition is the Beijing day of
 * opening, so the day and month are the partition's): `t`, the technical cases not voided
 * (those that count toward a Standard month's quota, Q1/Q4, on a day Standard was in force,
 * Q5), and `r`, the vendor references in lower case (a reference is the partner's case for all
 * time, so an import finds a stored duplicate without reading three years of days), and `o`,
 * the second of the Beijing day each case was opened (a row without a reference is looked up
 * by its instant: only a day holding that very second is read), and `s`, the SLA outcomes of its
 * cases no longer worked on (see SlaFact; a text, decoded only by the reports that read it).
 * Short keys: the index of a large portfolio holds about 100,000 of these.
 */
export type CaseFacts = Record<string, { t: number; r: string[]; o: number[]; s: string }>;

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
    const { t, r, o, s } = of as Record<string, unknown>;
    if (!isCount(t) || !Array.isArray(r) || !Array.isArray(o) || typeof s !== 'string' || !isSlaFactText(s)) return false;
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

/** The facts of a day's cases, in their order (partners as they first appear). */
export function caseFactsOf(cases: readonly StoredCase[]): CaseFacts {
  const facts: CaseFacts = {};
  const sla = new Map<string, SlaFact>();
  for (const c of cases) {
    const of = (facts[c.partnerId] ??= { t: 0, r: [], o: [], s: '' });
    if (technicalNotVoided(quotaView(c))) of.t += 1;
    if (c.vendorRef !== '') of.r.push(c.vendorRef.toLowerCase());
    of.o.push(beijingSecondOf(c.openedAt));
    if (!inSlaFacts(c)) continue;
    let fact = sla.get(c.partnerId);
    if (!fact) sla.set(c.partnerId, (fact = emptySlaFact()));
    addToSlaFact(fact, c);
  }
  for (const [partnerId, fact] of sla) facts[partnerId]!.s = slaFactText(fact);
  return facts;
}

/**
 * Adds `added`'s facts to the entries of `facts` they touch, each entry copied first (`facts`'s
 * own are left as they are; an entry that is not facts answers undefined).
 */
function withAdded(facts: CaseFacts, added: readonly StoredCase[]): CaseFacts | undefined {
  for (const [partnerId, more] of Object.entries(caseFactsOf(added))) {
    const of = facts[partnerId];
    if (of === undefined) {
      facts[partnerId] = more;
      continue;
    }
    if (!isCaseFacts({ [partnerId]: of })) return undefined;
    const s = appendedSlaText(of.s, more.s);
    if (s === undefined) return undefined;
    facts[partnerId] = { t: of.t + more.t, r: [...of.r, ...more.r], o: [...of.o, ...more.o], s };
  }
  return facts;
}

/**
 * The facts of a day once `added` are appended to the cases a text of caseFactsText summed up:
 * exactly caseFactsText of all of them, without going through the cases already stored again (an
 * import appends to a few hundred days). Undefined when `text` is not facts. Only the partners
 * the new cases add to are checked here: the text came from the index, whose facts are checked
 * whenever they are read (and summed up again from the day when they do not check out).
 */
export function appendedCaseFacts(text: string, added: readonly StoredCase[]): string | undefined {
  let facts: unknown;
  try {
    facts = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) return undefined;
  const after = withAdded(facts as CaseFacts, added);
  return after && JSON.stringify(after);
}

/**
 * caseFactsOf of a day's cases once `added` are appended, from caseFactsOf of those before: a
 * new value, `facts` left as it is (others may hold it). A case logged counts its month, so the
 * day it lands on is not summed up again from every case it holds.
 */
export const addedCaseFacts = (facts: unknown, added: readonly StoredCase[]): CaseFacts | undefined =>
  // What caseFactsOf or readCaseFacts answered (see CollectionSpec.facts.added).
  withAdded({ ...(facts as CaseFacts) }, added);
