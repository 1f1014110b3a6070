import type { Tree } from '@locales/merge-locale';
import type { Language } from '@main/ipc/contract';

// What the page's small first script needs to start loading the strings early (see main.tsx),
// without i18next.

/** Each language's strings are a chunk of their own, loaded when the language is first used. */
export const loaders: Record<Language, () => Promise<{ strings: Tree }>> = {
  en: () => import('./locale-en'),
  'zh-CN': () => import('./locale-zh-CN'),
};

/** The system's language when the user has not picked one: Chinese for any zh locale. */
export function systemLanguage(preferred: readonly string[] = navigator.languages): Language {
  return preferred.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}
