import type { Random } from '@main/seed/random';

import { calendarFileText } from '../builders/calendar-file';
import { caseCsv } from '../builders/case-csv';
import type { GenerateContext } from './generate-context';

// What a field means, beyond its schema: where its dates lie, which ids exist, what a file
// holds, which fields follow one another. Requests that mean something reach the rules.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const TODAY_MS = Date.parse('2026-03-02T00:00:00Z');
const DAY_MS = 86_400_000;

/** Where a field's dates usually lie: a case is logged and answered in the past, a booking is made ahead (T4 lead times). */
type Lean = 'past' | 'future' | 'around';

export function leanOf(key: string, channel: string): Lean {
  if (key === 'openedAt' || key === 'respondedAt' || key === 'boughtOn') return 'past';
  if (channel.startsWith('bookings/') && (key === 'start' || key === 'end')) return 'future';
  return 'around';
}

/**
 * Dates cluster around the desk's "today" (2026-03-02), where its partners' plans, cases and
 * bookings are, with the next years and the app's whole span (2000-2199) now and then.
 */
export function aDate(random: Random, lean: Lean = 'around'): string {
  const roll = random.next();
  const [from, to] = lean === 'past' ? [-60, 0] : lean === 'future' ? [5, 60] : [-100, 40];
  if (roll < 0.6) return new Date(TODAY_MS + random.int(from, to) * DAY_MS).toISOString().slice(0, 10);
  // The first and last days a request may name: what is worked out from them reaches past.
  if (roll < 0.67) return random.pick(['2199-12-31', '2199-12-30', '2199-12-01', '2199-11-30', '2000-01-01', '2000-01-03', '2024-02-29']);
  const year = roll < 0.9 ? random.pick([2025, 2026, 2027]) : random.int(2000, 2199);
  return `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
}

export const anInstant = (random: Random, lean: Lean) =>
  `${aDate(random, lean)}T${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}${random.pick(['Z', '+08:00', '-05:00', '.250Z', '-12:00', '+14:00'])}`;

/** Strings for the patterns the contract uses, by the pattern's source. */
const BY_PATTERN: [RegExp, (random: Random) => string][] = [
  // A team token (<team>.<manager>.<secret>), then a manager's id.
  [/\\\.\(\[A-Za-z0-9_-\]/, (random) => `${random.pick(['acme', 'team-1'])}.${random.pick(['wang', 'li-lei'])}.${'s3cr3t-T0ken_'.repeat(2)}`],
  [/\^\[a-z0-9\]\[a-z0-9-\]/, (random) => random.pick(['wang', 'li-lei', 'lead'])],
  [/\\d\{4\}-\(0\[1-9\]/, (random) => aDate(random).slice(0, 7)],
  [/\[01\]\\d\|2\[0-3\]\):\[0-5\]\\d\$/, (random) => `${pad(random.int(0, 23))}:${pad(random.int(0, 59))}`],
  [/\[A-Z\]\{3\}/, (random) => random.pick(['CNY', 'USD', 'EUR'])],
  [
    /\[a-z-\]/,
    (random) =>
      random.chance(0.5)
        ? random.pick(['partners', 'cases', 'sla-board', 'quota-table'])
        : Array.from({ length: random.int(1, 40) }, () => random.pick([...'abcdefghijklmnopqrstuvwxyz-'])).join(''),
  ],
];

/** A string for one of the contract's patterns (a month, a time of day, a currency, a table's id), or null. */
export function patternValue(patterns: readonly RegExp[], random: Random): string | null {
  for (const [source, make] of BY_PATTERN) if (patterns.some((p) => source.test(p.source))) return make(random);
  return null;
}

/** An id that exists most of the time: a partner, case or booking of the desk, by the field and channel. */
export function idFor(key: string, ctx: GenerateContext): string {
  const { random, pools, channel } = ctx;
  if (random.chance(0.15)) return random.pick(['nope', 'id-0', 'partner-999999', 'case-000001 ']);
  // The seeded records (the first ones) have plans and history; later ones were made by the fuzzer.
  const pick = (ids: string[], seeded: number) => ids[random.chance(0.7) ? random.int(0, Math.min(seeded, ids.length) - 1) : random.int(0, ids.length - 1)]!;
  if (key === 'partnerId') return pick(pools.partnerIds, pools.seeded.partners);
  if (channel.startsWith('cases/')) return pick(pools.caseIds, pools.seeded.cases);
  if (channel.startsWith('bookings/') || key === 'replacing') return pick(pools.bookingIds, pools.seeded.bookings);
  return pick(pools.partnerIds, pools.seeded.partners);
}

/** Text with real content where a field's meaning is a file (calendar, case CSV). */
export function fileText(key: string, ctx: GenerateContext): string | null {
  const { random, pools } = ctx;
  if (key === 'text' && ctx.channel.startsWith('calendar/')) {
    const year = random.int(2026, 2029);
    return random.chance(0.7)
      ? calendarFileText()
      : calendarFileText({ id: `fuzz-${year}`, years: { from: 2027, to: year }, holidays: [`${year}-05-01`], workdays: [] });
  }
  if (key === 'csv') {
    const rows = Array.from({ length: random.int(0, 6) }, () => ({
      partner: random.chance(0.85) ? random.pick(pools.partnerNames) : 'Nobody Ltd',
      kind: random.pick(['technical', 'service', 'technical']),
      severity: random.pick(['system-exception', 'general-guidance', 'production-exception', '']),
      openedAt: `${aDate(random, 'past')} ${pad(random.int(0, 23))}:${pad(random.int(0, 59))}`,
      vendorRef: random.chance(0.5) ? `VR-${random.int(1, 40)}` : '',
    }));
    return caseCsv(rows);
  }
  return null;
}

/** Fields whose dates (or months) follow one another: a period, its paid segment and a change within it (M3-M6), a range. */
const ORDERED_FIELDS = [
  ['periodStart', 'segmentStart', 'on', 'periodEnd'],
  ['start', 'end'],
  ['from', 'to'],
];

/** Puts the dates of fields that follow one another in order, so a request is not refused for that alone. */
export function inOrder(out: Record<string, unknown>): Record<string, unknown> {
  for (const fields of ORDERED_FIELDS) {
    const present = fields.filter((field) => typeof out[field] === 'string');
    const sorted = present.map((field) => out[field] as string).sort();
    present.forEach((field, i) => (out[field] = sorted[i]));
  }
  return out;
}

/** M9: price bands rise, and only the last may be open-ended (a check across the items). */
export function risingBands(items: unknown[]): unknown[] {
  const bands = items as { upTo: number | null }[];
  let floor = 0;
  return bands.map((band, i) => {
    if (i === bands.length - 1) return band;
    floor += 1 + Math.abs(band.upTo ?? 1000);
    return { ...band, upTo: floor };
  });
}
