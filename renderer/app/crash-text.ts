import i18next from 'i18next';

import english from '@locales/en/about.json';

type CrashKey = keyof typeof english.crash;

/**
 * The crash screen's words, in the user's language when the translations work, else in
 * English: the screen must read right even when what failed was i18n itself.
 */
export function crashText(key: CrashKey, values: Record<string, string> = {}): string {
  const fallback = english.crash[key].replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? '');
  try {
    if (!i18next.isInitialized) return fallback;
    const text = i18next.t(`crash.${key}`, { ...values, defaultValue: fallback });
    return typeof text === 'string' && text !== '' ? text : fallback;
  } catch {
    return fallback;
  }
}
