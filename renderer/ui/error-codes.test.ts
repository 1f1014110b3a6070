import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';

// A test may read the list of codes itself; the page imports the contract's types only.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { errorCodes } from '@main/ipc/contract/error-codes';

import { resources } from '../i18n/i18n-resources';
import { errorSentence } from './error-sentence';

/** Each language on its own, with no fallback, as the page loads it: a missing Chinese sentence must not borrow the English one. */
async function wordingIn(language: 'en' | 'zh-CN') {
  const i18n = createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: false, interpolation: { escapeValue: false } });
  return i18n.t;
}

// Main's message, which the page shows only for a code it cannot word (errors.UNKNOWN).
const MESSAGE = 'main-message-not-worded';

describe('every error code the page can receive', () => {
  it.each(errorCodes)('%s has an English and a Simplified Chinese sentence', async (code) => {
    const body = { code, message: MESSAGE, data: {} };
    const english = errorSentence(await wordingIn('en'), body);
    const chinese = errorSentence(await wordingIn('zh-CN'), body);
    expect(english).not.toContain(MESSAGE);
    expect(chinese).not.toContain(MESSAGE);
    expect(english).not.toMatch(/\p{Script=Han}/u);
    expect(chinese).toMatch(/\p{Script=Han}/u);
  });

  it('has no code twice', () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
  });
});
