// Typed keys (i18next's CustomTypeOptions): t('a.key.that.does.not.exist') does not compile, in
// main or in the page, and a key built from a union (`catalog.levels.${level}`) is checked for
// every member. English is the shape; locales.test.ts holds Chinese to the same keys.
import type { en } from './en';

import 'i18next';

declare module 'i18next' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
