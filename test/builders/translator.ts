import i18next, { type TFunction } from 'i18next';

import { resources } from '@renderer/i18n/i18n-resources';

/**
 * The page's words in one language, as the page loads them: no fallback to the other language,
 * and a key with no text throws, so a test of a sentence fails when a word is missing.
 */
export async function translator(language: 'en' | 'zh-CN'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    parseMissingKeyHandler: (key: string) => {
      throw new Error(`Missing translation: ${key}`);
    },
  });
  return instance.t;
}
