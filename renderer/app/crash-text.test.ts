import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { resources } from '../i18n/i18n-resources';
import { crashText } from './crash-text';

describe('the crash screen’s words', () => {
  it('are English when the translations never started, and the user’s language once they did', async () => {
    expect(i18next.isInitialized).toBeFalsy();
    expect(crashText('logged', { errorId: '7F3A' })).toBe(
      'The screen stopped at an error the app did not expect (error 7F3A; it is in the log). What you saved before is kept.',
    );
    await i18next.init({ resources, lng: 'zh-CN', fallbackLng: 'en', interpolation: { escapeValue: false } });
    expect(crashText('title')).toBe('此页面出错了');
    expect(crashText('logged', { errorId: '7F3A' })).toContain('错误编号 7F3A');
  });
});
