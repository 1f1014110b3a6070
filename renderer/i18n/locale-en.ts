import { mergeLocale, type Tree } from './merge-locale';

/** English, a module of its own: the page loads the strings of the language in use only. */
export const strings = mergeLocale('en', import.meta.glob<Tree>('./locales/en/*.json', { eager: true, import: 'default' }));
