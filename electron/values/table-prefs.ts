import { z } from 'zod';

/** What a user chose for one table: hidden columns and the sort order, kept across restarts. */
export const tablePrefs = z.object({
  hidden: z.array(z.string().max(40)).max(40),
  sort: z.array(z.object({ id: z.string().max(40), desc: z.boolean() })).max(5),
});

/** The app has a handful of tables; a few dozen leaves room for new ones. */
export const MAX_TABLES = 40;

/** Each table's choices by the table's name. */
export const tablesPrefs = z
  .record(
    z
      .string()
      .max(40)
      .regex(/^[a-z-]{1,40}$/),
    tablePrefs,
  )
  .refine((tables) => Object.keys(tables).length <= MAX_TABLES, { message: `at most ${MAX_TABLES} tables`, params: { reason: 'too-many-tables' } });
