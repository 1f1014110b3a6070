import { mergeLocale, type Tree } from './merge-locale';

/** Simplified Chinese, a module of its own: the page loads the strings of the language in use only. */
export const strings = mergeLocale('zh-CN', import.meta.glob<Tree>('./locales/zh-CN/*.json', { eager: true, import: 'default' }));
