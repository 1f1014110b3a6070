import { cnMainlandCalendar } from '@core/calendar';
import type { Level, SeverityId } from '@core/catalog';
import { clockStatusAt, slaMilestones } from '@core/sla';
import { beijingDateOf, parseInstant } from '@core/time';

import type { StoredCase } from './records/cases';

/**
 * A case still being worked on (open, or answered and not yet closed): kept in memory with its
 * day (the SLA board and its alerts, C2), so the facts leave it out and the reports read it from
 * memory (see casesCollection.resident).
 */
export const workedOn = (c: Pick<StoredCase, 'state'>): boolean => c.state === 'open' || c.state === 'responded';

/**
 * C3 / Q4: a case in the SLA met rate: a voided case was a mistake, and a withdrawn one never
 * answered had nothing left to meet (DECISIONS 28).
 */
export const ratedForSla = (c: Pick<StoredCase, 'state' | 'respondedAt'>): boolean =>
  c.state !== 'voided' && !(c.state === 'withdrawn' && c.respondedAt === null);

/** What an SLA outcome is recomputed from (see SlaFact.raw): the fields a case's clock reads (C1-C4). */
export type SlaInputs = Pick<StoredCase, 'level' | 'severity' | 'correctedSeverity' | 'openedAt' | 'respondedAt'>;

/**
 * One partner's SLA outcomes of one day, for the cases the facts keep (rated, no longer worked
 * on): `tally`, per severity (its letter, see severityOfKey), the cases whose outcome no later
 * instant or holiday calendar can change (C2: answered on a 24/7 clock, met or missed; C3:
 * corrected, not guaranteed); `raw`, the others (Basic's working-time clock, which the calendar
 * decides, T5; closed unanswered, which the current instant decides), with what their outcome is
 * computed from.
 */
export type SlaFact = { tally: Map<string, [met: number, missed: number, notGuaranteed: number]>; raw: SlaInputs[] };

// One letter per level and severity in the text, each table checked complete by the compiler.
const LEVEL_CODES = { basic: 'b', standard: 's', premier: 'p' } as const satisfies Record<Level, string>;
const SEVERITY_CODES = {
  'core-production-unavailable': 'c',
  'production-unavailable': 'u',
  'production-exception': 'e',
  'system-exception': 's',
  'general-guidance': 'g',
} as const satisfies Record<SeverityId, string>;
const NONE = 'n';
const keyOf = (severity: SeverityId | null): string => (severity === null ? NONE : SEVERITY_CODES[severity]);
const levels = new Map<string, Level>(Object.entries(LEVEL_CODES).map(([id, code]) => [code, id as Level]));
const severities = new Map<string, SeverityId | null>([...Object.entries(SEVERITY_CODES).map(([id, code]) => [code, id as SeverityId] as const), [NONE, null]]);
/** The severity (null: none, Basic) a letter of the text stands for; undefined for no severity's letter. */
export const severityOfKey = (key: string): SeverityId | null | undefined => severities.get(key);

/** C4: the level stored with the case, in force from its opening day (as the SLA board reads it). */
const levelAtOpening = (c: SlaInputs) => {
  const opened = beijingDateOf(c.openedAt);
  return { start: opened, billing: 'monthly' as const, levels: [{ from: opened, level: c.level }] };
};

export const emptySlaFact = (): SlaFact => ({ tally: new Map(), raw: [] });

/** Whether the facts keep a case's SLA outcome: rated, and no longer worked on. */
export const inSlaFacts = (c: StoredCase): boolean => !workedOn(c) && ratedForSla(c);

/** Adds a case the facts keep (see inSlaFacts) to `fact`: to the tally when its outcome is settled, else to `raw`. */
export function addToSlaFact(fact: SlaFact, c: StoredCase): void {
  // Any calendar: a 24/7 clock never reads it (C1), and any other goes to `raw`.
  const m = slaMilestones({
    subscription: levelAtOpening(c),
    calendar: cnMainlandCalendar,
    openedAt: c.openedAt,
    ...(c.severity ? { severity: c.severity } : {}),
    correctedSeverity: c.correctedSeverity,
  });
  if (!m.ok || (m.value.guaranteed && (m.value.clock !== '24/7' || c.respondedAt === null))) {
    fact.raw.push({ level: c.level, severity: c.severity, correctedSeverity: c.correctedSeverity, openedAt: c.openedAt, respondedAt: c.respondedAt });
    return;
  }
  const counts = fact.tally.get(keyOf(c.severity)) ?? [0, 0, 0];
  if (!m.value.guaranteed) counts[2] += 1;
  else if (clockStatusAt(m.value, 0, parseInstant(c.respondedAt!)) === 'met') counts[0] += 1;
  else counts[1] += 1;
  fact.tally.set(keyOf(c.severity), counts);
}

// The text: `<severity><met>.<missed>.<not guaranteed>,…|<level><severity><corrected><opened>.<answered>,…`,
// one letter per level and severity, tallies in the order of their letters, instants as
// milliseconds in base 36 (an answer as the time after the opening, empty when there is none):
// short, and free of quotes, since it sits in JSON in JSON.
const b36 = (n: number) => n.toString(36);
const TALLY = /^([a-z])(\d{1,9})\.(\d{1,9})\.(\d{1,9})$/;
const RAW = /^([a-z])([a-z])([a-z])([0-9a-z]{1,12})\.([0-9a-z]{0,12})$/;
const [L, S] = [`[${Object.values(LEVEL_CODES).join('')}]`, `[${[...severities.keys()].join('')}]`];
const TEXT = new RegExp(
  `^(?:${S}\\d{1,9}\\.\\d{1,9}\\.\\d{1,9}(?:,${S}\\d{1,9}\\.\\d{1,9}\\.\\d{1,9})*)?\\|(?:${L}${S}${S}[0-9a-z]{1,12}\\.[0-9a-z]{0,12}(?:,${L}${S}${S}[0-9a-z]{1,12}\\.[0-9a-z]{0,12})*)?$`,
);

/** Whether a text reads as slaFactText writes them (checked with the facts it is part of, see isCaseFacts). */
export const isSlaFactText = (text: string): boolean => text === '' || (text !== '|' && TEXT.test(text));

const byKey = ([a]: readonly [string, unknown], [b]: readonly [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
const tallyText = (tally: SlaFact['tally']) =>
  [...tally]
    .sort(byKey)
    .map(([key, counts]) => `${key}${counts.join('.')}`)
    .join(',');

export function slaFactText(fact: SlaFact): string {
  if (fact.tally.size === 0 && fact.raw.length === 0) return '';
  const raw = fact.raw.map((c) => {
    const opened = parseInstant(c.openedAt);
    return `${LEVEL_CODES[c.level]}${keyOf(c.severity)}${keyOf(c.correctedSeverity)}${b36(opened)}.${c.respondedAt === null ? '' : b36(parseInstant(c.respondedAt) - opened)}`;
  });
  return `${tallyText(fact.tally)}|${raw.join(',')}`;
}

/** The tally of a text of slaFactText and the text of its other cases; undefined when the tally does not read. */
function splitText(text: string): { tally: SlaFact['tally']; raw: string } | undefined {
  const tally: SlaFact['tally'] = new Map();
  if (text === '') return { tally, raw: '' };
  const [counts, raw, extra] = text.split('|');
  // slaFactText writes nothing at all for no cases, never an empty '|'.
  if (counts === undefined || raw === undefined || extra !== undefined || counts + raw === '') return undefined;
  for (const part of counts === '' ? [] : counts.split(',')) {
    const match = TALLY.exec(part);
    if (!match || severities.get(match[1]!) === undefined || tally.has(match[1]!)) return undefined;
    tally.set(match[1]!, [Number(match[2]), Number(match[3]), Number(match[4])]);
  }
  return { tally, raw };
}

/** The fact in a text of slaFactText, or undefined when the text is not one (then the day's cases are read instead). */
export function readSlaFact(text: string): SlaFact | undefined {
  const split = splitText(text);
  if (!split) return undefined;
  const fact: SlaFact = { tally: split.tally, raw: [] };
  for (const part of split.raw === '' ? [] : split.raw.split(',')) {
    const match = RAW.exec(part);
    const level = match && levels.get(match[1]!);
    const [severity, corrected] = match ? [severities.get(match[2]!), severities.get(match[3]!)] : [];
    if (!match || !level || severity === undefined || corrected === undefined) return undefined;
    const openedMs = parseInt(match[4]!, 36);
    const answered = match[5]!;
    fact.raw.push({
      level,
      severity,
      correctedSeverity: corrected,
      openedAt: new Date(openedMs).toISOString(),
      respondedAt: answered === '' ? null : new Date(openedMs + parseInt(answered, 36)).toISOString(),
    });
  }
  return fact;
}

/**
 * The text of one partner's day once the cases of `later` are appended to those of `earlier`
 * (both texts of slaFactText): exactly slaFactText of the fact of all of them, the tallies added
 * up and the other cases' text joined as it is. Undefined when a tally does not read.
 */
export function appendedSlaText(earlier: string, later: string): string | undefined {
  // Nothing new (the usual append: new cases are still being worked on, so not in the facts).
  if (later === '') return earlier;
  if (earlier === '') return later;
  const [a, b] = [splitText(earlier), splitText(later)];
  if (!a || !b) return undefined;
  for (const [key, [met, missed, notGuaranteed]] of b.tally) {
    const [m, x, n] = a.tally.get(key) ?? [0, 0, 0];
    a.tally.set(key, [m + met, x + missed, n + notGuaranteed]);
  }
  return `${tallyText(a.tally)}|${a.raw === '' || b.raw === '' ? a.raw + b.raw : `${a.raw},${b.raw}`}`;
}
