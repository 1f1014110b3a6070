import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/ipc/contract';
import { en, zhCN } from './i18n-resources';

export const SUPPORTED_LANGUAGES = ['en', 'zh-CN'] as const satisfies readonly Language[];

export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;

/** The system's language when the user has not picked one: Chinese for any zh locale. */
export function systemLanguage(preferred: readonly string[] = navigator.languages): Language {
  return preferred.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export function initI18n(language: Language = systemLanguage()): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
