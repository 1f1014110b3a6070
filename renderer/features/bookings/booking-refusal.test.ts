import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import type { ErrorBody } from '@main/ipc/contract';

import { en, zhCN } from '../../i18n/i18n-resources';
import { bookingRefusal } from './booking-refusal';

async function translator(language: 'en' | 'zh-CN') {
  const instance = i18next.createInstance();
  await instance.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, lng: language, interpolation: { escapeValue: false } });
  return instance.t;
}

const leadTime: ErrorBody = {
  code: 'LEAD_TIME_TOO_SHORT',
  message: 'x',
  rule: 'T4',
  data: { appliedOn: '2026-03-02', earliestStart: '2026-03-09', workingDays: 5, nextDate: '2026-03-09' },
};
const holiday: ErrorBody = { code: 'NOT_A_WORKING_DAY', message: 'x', rule: 'B2', data: { date: '2026-04-06', nextDate: '2026-04-07' } };

describe('a refused booking, as the forms word it', () => {
  it('T4: a plain sentence, the rule id apart as its tag', async () => {
    expect(bookingRefusal(await translator('en'), leadTime, 'en')).toEqual({
      sentence: "Bookings need 5 working days' notice. For a booking applied for on Mar 2, 2026, the earliest possible start is Mar 9, 2026.",
      rule: 'T4',
    });
    expect(bookingRefusal(await translator('zh-CN'), leadTime, 'zh-CN')).toEqual({
      sentence: '预订需提前 5 个工作日申请。于 2026年3月2日 申请的预订，最早可从 2026年3月9日 开始。',
      rule: 'T4',
    });
  });

  it('B2: names the next possible date where the rule offers one', async () => {
    expect(bookingRefusal(await translator('en'), holiday, 'en')).toEqual({
      sentence: 'Consulting is delivered on working days only, and Apr 6, 2026 is not a working day. The next possible date is Apr 7, 2026.',
      rule: 'B2',
    });
  });

  it('words the level and the service a plan does not include', async () => {
    const refusal: ErrorBody = { code: 'NOT_INCLUDED', message: 'x', rule: 'B3', data: { level: 'standard', service: 'on-site-training' } };
    expect(bookingRefusal(await translator('en'), refusal, 'en')).toEqual({
      sentence: 'Standard does not include on-site training. It is a Premier service.',
      rule: 'B3',
    });
  });

  it('no sentence leads with a rule id or carries one in brackets, in either language', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const t = await translator(language);
      for (const code of [
        'LEAD_TIME_TOO_SHORT',
        'KEA_QUOTA_EXCEEDED',
        'CONSULTING_MONTH_TAKEN',
        'NOT_A_WORKING_DAY',
        'CONSULTING_TOO_LONG',
        'CONSULTING_YEAR_QUOTA_EXCEEDED',
        'TRAINING_MONTH_TAKEN',
        'ONSITE_TRAINING_TAKEN',
        'VENUE_REQUIRED',
        'YEARLY_SUBSCRIPTION_ONLY',
      ] as const) {
        const { sentence } = bookingRefusal(t, { code, message: 'x', rule: 'B1', data: { level: 'premier' } }, language);
        expect(sentence).not.toMatch(/[(（][A-Z]\d+[)）]|^[A-Z]\d+/);
      }
    }
  });

  it('a refusal these forms do not word is worded as elsewhere, without a tag', async () => {
    const t = await translator('en');
    expect(bookingRefusal(t, { code: 'NOT_FOUND', message: 'x', field: 'id' }, 'en')).toEqual({
      sentence: 'That record no longer exists. It may have been removed; reload the list.',
      rule: null,
    });
  });
});
