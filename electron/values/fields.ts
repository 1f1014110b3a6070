import { z } from 'zod';

// The text formats that requests and stored records are both written in (an id, a date, an
// instant): what a date looks like is the same on the wire and on disk. The wire's shapes
// (ipc/contract) and the stored records' (store/records) are each their own.

/**
 * The years a request may name. A partner programme's records start well after 2000, and no
 * one plans past 2199; a date outside is a typing slip or a hostile request, refused as bad
 * input before any rule runs (a report for 9999-12 would otherwise walk into year 10000, which
 * no ISO date can write).
 */
export const YEARS = { from: 2000, to: 2199 } as const;

/**
 * The years a stored record may hold. What the app works out from an accepted date may reach a
 * little past the last year a request names (a yearly plan started on 2199-12-31 ends in 2200,
 * a case opened that day is due in 2200), and an accepted request must always store.
 */
export const STORED_YEARS = { from: YEARS.from, to: YEARS.to + 5 } as const;

const within = (years: { from: number; to: number }) => ({
  check: (text: string) => {
    const year = Number(text.slice(0, 4));
    return year >= years.from && year <= years.to;
  },
  params: { params: { reason: 'year-range' }, message: `the year must be between ${years.from} and ${years.to}` },
});
const requested = within(YEARS);
const stored = within(STORED_YEARS);

/**
 * Every string has a length limit that fits its meaning, so no request can make main store or
 * walk megabytes it has no use for.
 */
export const MAX_ID = 100;
/** An instant is 20-35 characters; fractions of a second finer than a nanosecond are not real. */
const MAX_INSTANT = 64;

/** A record's id: the app's UUIDs and the generator's readable ids are far shorter. */
export const recordId = z.string().min(1).max(MAX_ID);

/** A calendar date, YYYY-MM-DD (Beijing dates in the domain, T1). */
export const isoDate = z.iso.date().max(10).refine(requested.check, requested.params);
/** A month, YYYY-MM. */
export const monthKey = z
  .string()
  .max(7)
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
  .refine(requested.check, requested.params);
/** An instant with its offset (2026-03-02T10:00:00+08:00 or …Z). */
export const instant = z.iso.datetime({ offset: true }).max(MAX_INSTANT).refine(requested.check, requested.params);
/** An instant the app wrote itself, in UTC (…Z). */
export const timestamp = z.iso.datetime().max(MAX_INSTANT).refine(requested.check, requested.params);

/** A date, month or instant as a stored record holds it: given in a request, or worked out from one. */
export const storedDate = z.iso.date().max(10).refine(stored.check, stored.params);
export const storedInstant = z.iso.datetime({ offset: true }).max(MAX_INSTANT).refine(stored.check, stored.params);

/** B2: a time of day, HH:mm (Beijing). */
export const timeOfDay = z
  .string()
  .max(5)
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** An ISO 4217 currency code (M1). */
export const currencyCode = z
  .string()
  .max(3)
  .regex(/^[A-Z]{3}$/);
