import { z } from 'zod';

import { TODAY_KINDS } from '@core/today';

import { language } from '../../values/ids';
import { tablesPrefs } from '../../values/table-prefs';

export const settingsRecord = z.object({
  /** null until the user picks one: the app then follows the system's language. */
  language: language.nullable(),
  tables: tablesPrefs.default({}),
  /**
   * The kinds of Today items the user hid. Optional so desk.json files written before it load as
   * they are (nothing hidden), with no migration.
   */
  todayHidden: z.array(z.enum(TODAY_KINDS)).max(TODAY_KINDS.length).optional(),
});

export type StoredSettings = z.infer<typeof settingsRecord>;
