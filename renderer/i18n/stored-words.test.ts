import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';

import { resources } from './i18n-resources';
import { bookingHistoryWord, caseHistoryWord, caseStateWord, historyReason, levelWord, severityWord } from './stored-words';

async function tIn(language: 'en' | 'zh-CN'): Promise<TFunction> {
  const i18n = createInstance();
  // No fallback and a throwing missing-key handler: a word that is not there fails the test.
  await i18n.init({
    resources,
    lng: language,
    fallbackLng: false,
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => {
      throw new Error(`missing ${key}`);
    },
  });
  return i18n.t;
}

describe('ids that arrive as plain strings', () => {
  it('are named in the user’s language when they are the app’s own', async () => {
    const en = await tIn('en');
    const zh = await tIn('zh-CN');
    expect(levelWord(en, 'premier')).toBe('Premier');
    expect(caseHistoryWord(en, 'correct-severity')).toBe(en('cases.history.correct-severity'));
    expect(caseHistoryWord(zh, 'opened')).not.toBe('opened');
    expect(bookingHistoryWord(zh, 'rescheduled')).not.toBe('rescheduled');
    expect(severityWord(zh, 'general-guidance')).toBe(zh('catalog.severities.general-guidance'));
    expect(caseStateWord(zh, 'voided')).toBe(zh('cases.states.voided'));
  });

  it('are shown as written when a newer version of the app wrote them, never as a key', async () => {
    const en = await tIn('en');
    expect(caseHistoryWord(en, 'reassigned')).toBe('reassigned');
    expect(bookingHistoryWord(en, 'toString')).toBe('toString');
    expect(levelWord(en, 'enterprise')).toBe('enterprise');
    expect(caseStateWord(en, 'archived')).toBe('archived');
  });

  it('a hand-over entry gives the time its file was written; any other reason is quoted as written', async () => {
    const en = await tIn('en');
    const zh = await tIn('zh-CN');
    const local = (at: string) => `[${at}]`;
    expect(caseHistoryWord(en, 'handed-over')).toBe('Handed over');
    expect(bookingHistoryWord(zh, 'handed-over')).toBe('由移交文件导入');
    expect(historyReason(en, { action: 'handed-over', reason: '2026-03-02T02:00:00.000Z' }, local)).toBe('hand-over file written [2026-03-02T02:00:00.000Z]');
    expect(historyReason(zh, { action: 'handed-over', reason: '2026-03-02T02:00:00.000Z' }, local)).toBe('移交文件生成于 [2026-03-02T02:00:00.000Z]');
    expect(historyReason(en, { action: 'void', reason: 'typed twice' }, local)).toBe('“typed twice”');
    expect(historyReason(en, { action: 'void', reason: '' }, local)).toBe('');
  });
});
