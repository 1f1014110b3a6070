// Main's words (exports, calendar files) from the same translation files as the screens, through
// i18next as the page uses it: the same keys, plurals and {{placeholders}}.
import i18next, { type TFunction } from 'i18next';

import { en } from '@locales/en';
import { zhCN } from '@locales/zh-CN';

export type ExportLanguage = 'en' | 'zh-CN';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: 'en',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  // Synchronous: the resources are here already, and a caller translates at once.
  initAsync: false,
  // A missing key is a programming error: the typed keys and the tests catch it before a user.
  parseMissingKeyHandler: (key: string) => {
    throw new Error(`No text for ${key}.`);
  },
});

/** A translate function fixed to one language. */
export function translatorFor(language: ExportLanguage): TFunction {
  return instance.getFixedT(language);
}
