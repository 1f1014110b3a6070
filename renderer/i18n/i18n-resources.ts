// Both languages at once, for what needs them side by side (tests that compare them); the page
// itself loads one at a time (see i18n.ts).
import { en } from '@locales/en';
import { zhCN } from '@locales/zh-CN';

export { en, zhCN };

/** Both languages as i18next takes them. */
export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;
