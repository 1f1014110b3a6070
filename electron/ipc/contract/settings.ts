import { z } from 'zod';
import { channel } from './channel';

export const LANGUAGES = ['en', 'zh-CN'] as const;

/** What a user chose for one table: hidden columns and the sort order, kept across restarts. */
export const tablePrefs = z.object({
  hidden: z.array(z.string().max(40)).max(40),
  sort: z.array(z.object({ id: z.string().max(40), desc: z.boolean() })).max(5),
});

/** The app has a handful of tables; a few dozen leaves room for new ones. */
export const MAX_TABLES = 40;

export const settingsRecord = z.object({
  /** null until the user picks one: the app then follows the system's language. */
  language: z.enum(LANGUAGES).nullable(),
  tables: z
    .record(z.string().max(40).regex(/^[a-z-]{1,40}$/), tablePrefs)
    .refine((tables) => Object.keys(tables).length <= MAX_TABLES, { message: `at most ${MAX_TABLES} tables`, params: { reason: 'too-many-tables' } })
    .default({}),
});

export type TablePrefs = z.infer<typeof tablePrefs>;

export type Language = (typeof LANGUAGES)[number];
export type Settings = z.infer<typeof settingsRecord>;

export const settingsChannels = {
  'settings/get': channel<Settings>()(z.object({})),
  'settings/update': channel<Settings>()(settingsRecord.partial()),
};
