import { z } from 'zod';

import { language } from '../../values/ids';
import { tablesPrefs } from '../../values/table-prefs';

export const settingsRecord = z.object({
  /** null until the user picks one: the app then follows the system's language. */
  language: language.nullable(),
  tables: tablesPrefs.default({}),
});

export type StoredSettings = z.infer<typeof settingsRecord>;
