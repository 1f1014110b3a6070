import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Language } from '../ipc/contract/settings';
import { LANGUAGES } from '../values/ids';

/**
 * The language the user chose, read from desk.json before the app is ready: Chromium takes its
 * `lang` switch only then, and it decides the native controls (date pickers, spelling, the
 * context menu). A missing or unreadable file means "follow the system", as the app would.
 */
export function storedLanguage(dataDir: string): Language | null {
  try {
    const raw = JSON.parse(readFileSync(join(dataDir, 'desk.json'), 'utf8')) as { settings?: { language?: unknown } };
    const language = raw.settings?.language;
    return LANGUAGES.find((l) => l === language) ?? null;
  } catch {
    return null;
  }
}
