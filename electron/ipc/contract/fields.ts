import { z } from 'zod';

/**
 * The years the app works in. A partner programme's records start well after 2000, and no
 * deadline, booking or report reaches past 2199; a date outside is a typing slip or a hostile
 * request, refused as bad input before any rule runs (a report for 9999-12 would otherwise
 * walk into year 10000, which no ISO date can write).
 */
export const YEARS = { from: 2000, to: 2199 } as const;

const inYears = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year >= YEARS.from && year <= YEARS.to;
};
const yearRange = { params: { reason: 'year-range' }, message: `the year must be between ${YEARS.from} and ${YEARS.to}` };

/** A calendar date, YYYY-MM-DD (Beijing dates in the domain, T1). */
export const isoDate = z.iso.date().refine(inYears, yearRange);
/** A month, YYYY-MM. */
export const monthKey = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
  .refine(inYears, yearRange);
/** An instant with its offset (2026-03-02T10:00:00+08:00 or …Z). */
export const instant = z.iso.datetime({ offset: true }).refine(inYears, yearRange);
/** An instant the app wrote itself, in UTC (…Z). */
export const timestamp = z.iso.datetime().refine(inYears, yearRange);
