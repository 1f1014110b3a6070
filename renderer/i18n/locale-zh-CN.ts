/** Simplified Chinese, a module (and chunk) of its own: the page loads the strings of the language in use only. */
export { zhCN as strings } from '@locales/zh-CN';
