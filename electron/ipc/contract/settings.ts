import { z } from 'zod';

import { TODAY_KINDS } from '@core/today';

import { language, type LANGUAGES } from '../../values/ids';
import { tablePrefs, tablesPrefs } from '../../values/table-prefs';
import { channel, type PrefixedChannels } from './channel';

const settings = z.object({
  /** null until the user picks one: the app then follows the system's language. */
  language: language.nullable(),
  tables: tablesPrefs.default({}),
  /** The kinds of Today items hidden (none when absent). */
  todayHidden: z.array(z.enum(TODAY_KINDS)).max(TODAY_KINDS.length).optional(),
});

export type TablePrefs = z.infer<typeof tablePrefs>;
export type Language = (typeof LANGUAGES)[number];
export type Settings = z.infer<typeof settings>;

export const settingsChannels = {
  'settings/get': channel<Settings>()(z.object({})),
  'settings/update': channel<Settings>()(settings.partial()),
} satisfies PrefixedChannels<'settings'>;
