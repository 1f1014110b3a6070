import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Language } from '@main/ipc/contract';

import { loaders, systemLanguage } from './language';

export const SUPPORTED_LANGUAGES = ['en', 'zh-CN'] as const satisfies readonly Language[];

/** Loads a language's strings into i18next once (the app's language, or a document's: the partner statement). */
export async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const { strings } = await loaders[language]();
  i18next.addResourceBundle(language, 'translation', strings);
}

/**
 * A key with no text and no default given is a mistake (the typed keys catch most at compile
 * time; a key built from data main sent can still miss): in development it throws, in the built
 * app it is written to the console, where the end-to-end tests fail on it, and the key is shown.
 */
export function missingKey(key: string, defaultValue?: string): string {
  if (defaultValue !== undefined) return defaultValue;
  const message = `Missing translation: ${key}`;
  if (import.meta.env.DEV) throw new Error(message);
  console.error(message);
  return key;
}

/**
 * Starts i18next with the strings of `language` only. No fallback language: both languages
 * have every key (locales.test.ts), so English is never loaded for a page in Chinese.
 */
export async function initI18n(language: Language = systemLanguage()): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    parseMissingKeyHandler: missingKey,
  });
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return i18next;
}

export async function setLanguage(language: Language): Promise<void> {
  // The language already in use (the usual start: settings say what the system said): changing
  // to it anyway would hand every component a new t() and make each load its data again.
  if (i18next.language === language && i18next.hasResourceBundle(language, 'translation')) return;
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
