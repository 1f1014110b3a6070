import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

import { resources } from '../i18n/i18n-resources';
import { errorSentence } from './error-sentence';

beforeAll(async () => {
  await i18next.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});

describe('error sentences', () => {
  it('words each reason a rule refuses for (C2, C3) and a case state in the user language', async () => {
    const future = { code: 'INVALID_INPUT', message: 'x', field: 'respondedAt', rule: 'C2', data: { field: 'respondedAt', reason: 'future' } };
    expect(errorSentence(i18next.t, future)).toBe('The first response cannot be in the future.');
    expect(errorSentence(i18next.t, { ...future, data: { reason: 'before-opening' } })).toBe('The first response must be dated after the case was opened.');
    expect(errorSentence(i18next.t, { code: 'INVALID_INPUT', message: 'x', rule: 'C3', data: { reason: 'basic' } })).toBe(
      'Basic cases have no severity to correct.',
    );
    await i18next.changeLanguage('zh-CN');
    expect(errorSentence(i18next.t, { code: 'CASE_ACTION_NOT_ALLOWED', message: 'x', rule: 'C2', data: { state: 'voided', action: 'close' } })).toBe(
      '该工单已作废，不能这样修改。',
    );
    await i18next.changeLanguage('en');
  });

  it('tells a full disk, a read-only folder and a refused permission apart, each with what to do', async () => {
    expect(errorSentence(i18next.t, { code: 'DISK_FULL', message: 'x', rule: 'ENOSPC' })).toMatch(
      /^The disk is full, so nothing was saved and nothing was changed\. Free some space/,
    );
    expect(errorSentence(i18next.t, { code: 'FOLDER_READ_ONLY', message: 'x', rule: 'EROFS' })).toMatch(/read-only.*Choose a folder you can write to/);
    expect(errorSentence(i18next.t, { code: 'NO_PERMISSION', message: 'x', rule: 'EACCES' })).toMatch(/not allowed to write there.*Choose another folder/);
    await i18next.changeLanguage('zh-CN');
    expect(errorSentence(i18next.t, { code: 'DISK_FULL', message: 'x' })).toMatch(/^磁盘已满/);
    await i18next.changeLanguage('en');
  });

  it('words a request refused as too deep, too large, or holding too many tables', () => {
    expect(errorSentence(i18next.t, { code: 'INVALID_INPUT', message: 'x', rule: 'too-large', data: { maximum: 50000 } })).toBe(
      'The request holds too many values (at most 50000); nothing was changed.',
    );
    expect(errorSentence(i18next.t, { code: 'INVALID_INPUT', message: 'x', field: 'tables', rule: 'too-many-tables', data: { maximum: 40 } })).toBe(
      'Column choices are kept for at most 40 tables; nothing was changed.',
    );
  });

  it('words a year out of range', () => {
    expect(errorSentence(i18next.t, { code: 'INVALID_INPUT', message: 'x', field: 'month', rule: 'year-range' })).toBe(
      'Month must be in a year from 2000 to 2199.',
    );
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
    expect(
      errorSentence(i18next.t, {
        code: 'INVALID_INPUT',
        message: 'x',
        field: 'priceBook.addonPackPrice',
        rule: 'too_small',
        data: { minimum: 0, origin: 'number' },
      }),
    ).toBe('Add-on pack price must be an amount such as 1234.50, and not negative.');
    expect(errorSentence(i18next.t, { code: 'INVALID_INPUT', message: 'x', field: 'priceBook.levels.premier.bands.1.upTo', rule: 'band-order' })).toBe(
      'Premier, band 2, upper bound must be higher than the band before it.',
    );
  });

  it('names the error id of an internal failure, so the user can quote it with the diagnostics', async () => {
    const body = { code: 'INTERNAL', message: 'Something went wrong on our side (error 7F3A)', errorId: '7F3A' };
    expect(errorSentence(i18next.t, body)).toBe(
      'Something went wrong on our side and nothing was changed (error 7F3A). Please try again; if it happens again, use Help → Save diagnostics… and send the file with the error number.',
    );
    expect(errorSentence(i18next.t, { code: 'INTERNAL', message: 'x' })).not.toMatch(/error \w{4}|undefined|{{/);
    await i18next.changeLanguage('zh-CN');
    expect(errorSentence(i18next.t, body)).toBe(
      '应用内部出错，未做任何更改（错误编号 7F3A）。请重试；如果再次出现，请使用“帮助 → 保存诊断信息…”，把生成的文件连同错误编号一起发送给我们。',
    );
    await i18next.changeLanguage('en');
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
