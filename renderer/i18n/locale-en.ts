/** English, a module (and chunk) of its own: the page loads the strings of the language in use only. */
export { en as strings } from '@locales/en';
