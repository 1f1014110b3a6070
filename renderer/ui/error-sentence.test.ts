import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/i18n';
import { errorSentence } from './error-sentence';

beforeAll(async () => {
  await i18next.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});

describe('error sentences', () => {
  it('words each reason a rule refuses for (C2, C3) and a case state in the user language', async () => {
    const future = { code: 'INVALID_INPUT', message: 'x', field: 'respondedAt', rule: 'C2', data: { field: 'respondedAt', reason: 'future' } };
    expect(errorSentence(i18next.t, future)).toBe('The first response cannot be in the future.');
    expect(errorSentence(i18next.t, { ...future, data: { reason: 'before-opening' } })).toBe('The first response must be dated after the case was opened.');
    expect(errorSentence(i18next.t, { code: 'INVALID_INPUT', message: 'x', rule: 'C3', data: { reason: 'basic' } })).toBe('Basic cases have no severity to correct.');
    await i18next.changeLanguage('zh-CN');
    expect(errorSentence(i18next.t, { code: 'CASE_ACTION_NOT_ALLOWED', message: 'x', rule: 'C2', data: { state: 'voided', action: 'close' } })).toBe('该工单已作废，不能这样修改。');
    await i18next.changeLanguage('en');
  });

  it('words a missing required field as a sentence naming the field', () => {
    expect(errorSentence(i18next.t, { code: 'INVALID_INPUT', message: 'x', field: 'name', rule: 'too_small', data: { minimum: 1 } })).toBe('Name is required.');
  });

  it('names the limit of a field that is too long, in Chinese too', async () => {
    const body = { code: 'INVALID_INPUT', message: 'x', field: 'notes', rule: 'too_big', data: { maximum: 2000 } };
    expect(errorSentence(i18next.t, body)).toBe('Notes is too long: at most 2000 characters.');
    await i18next.changeLanguage('zh-CN');
    expect(errorSentence(i18next.t, body)).toBe('备注太长：最多 2000 个字符。');
    await i18next.changeLanguage('en');
  });

  it('words amounts, rates and band order with where the field is', () => {
    expect(errorSentence(i18next.t, { code: 'INVALID_INPUT', message: 'x', field: 'priceBook.addonPackPrice', rule: 'too_small', data: { minimum: 0, origin: 'number' } })).toBe(
      'Add-on pack price must be an amount such as 1234.50, and not negative.',
    );
    expect(errorSentence(i18next.t, { code: 'INVALID_INPUT', message: 'x', field: 'priceBook.levels.premier.bands.1.upTo', rule: 'band-order' })).toBe(
      'Premier, band 2, upper bound must be higher than the band before it.',
    );
  });

  it('uses the refusal code with its data, and falls back to the message for an unknown code', () => {
    expect(errorSentence(i18next.t, { code: 'DUPLICATE_NAME', message: 'x', data: { name: 'Lotus' } })).toBe(
      'A partner named Lotus already exists. Choose another name or edit the existing partner.',
    );
    expect(errorSentence(i18next.t, { code: 'SAME_LEVEL', message: 'x', data: { level: 'premier', on: '2026-03-20' } })).toBe(
      'The partner is already on Premier on that date. Pick another level.',
    );
    expect(errorSentence(i18next.t, { code: 'SOMETHING_NEW', message: 'The moon is full.' })).toBe('The request was refused: The moon is full.');
  });
});
