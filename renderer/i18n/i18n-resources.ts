// Both languages at once, for what needs them side by side (tests that compare them); the page
// itself loads one at a time (see i18n.ts).
import { strings as en } from './locale-en';
import { strings as zhCN } from './locale-zh-CN';

export { en, zhCN };

/** Both languages as i18next takes them. */
export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;
export type { Tree } from './merge-locale';
