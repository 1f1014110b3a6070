import { describe, expect, it } from 'vitest';

import { isoOfPickerDate, parseDateText, parseMonthText, parseTimeText, pickerDate } from './date-field-text';

describe('typed dates', () => {
  it('reads ISO, other separators, one-digit parts, Chinese and full-width digits as one YYYY-MM-DD', () => {
    for (const text of [
      '2026-03-09',
      '2026-3-9',
      '2026/3/9',
      '2026.03.09',
      ' 2026-03-09 ',
      '20260309',
      '2026年3月9日',
      '2026年03月09',
      '２０２６－０３－０９',
      '２０２６年３月９日',
    ]) {
      expect([text, parseDateText(text)]).toEqual([text, { ok: true, value: '2026-03-09' }]);
    }
  });

  it('refuses what is not a date, and names the month of a day it does not have', () => {
    for (const text of ['', '03/09/2026', '9 March 2026', '2026-13-01', '2026-00-10', '2026-03', '26-03-09', '2026-03-09T10:00']) {
      expect([text, parseDateText(text)]).toEqual([text, { ok: false, problem: 'format' }]);
    }
    expect(parseDateText('2026-02-29')).toEqual({ ok: false, problem: 'no-such-day', year: 2026, month: 2, day: 29, days: 28 });
    expect(parseDateText('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseDateText('2026-04-31')).toMatchObject({ problem: 'no-such-day', days: 30 });
    expect(parseDateText('2026-04-00')).toMatchObject({ problem: 'no-such-day' });
  });
});

describe('typed months', () => {
  it('reads a year and a month, ISO or Chinese', () => {
    for (const text of ['2026-03', '2026-3', '2026/3', '2026.03', '2026年3月', '2026年03', '２０２６年３月']) {
      expect([text, parseMonthText(text)]).toEqual([text, { ok: true, value: '2026-03' }]);
    }
  });

  it('refuses anything else', () => {
    for (const text of ['', 'March 2026', '2026-13', '2026-00', '03/2026', '2026-03-01', '2026']) {
      expect([text, parseMonthText(text)]).toEqual([text, { ok: false, problem: 'format' }]);
    }
  });
});

describe('typed times', () => {
  it('reads a 24-hour time with or without its colon', () => {
    expect(parseTimeText('14:30')).toEqual({ ok: true, value: '14:30' });
    expect(parseTimeText('9:05')).toEqual({ ok: true, value: '09:05' });
    expect(parseTimeText('0930')).toEqual({ ok: true, value: '09:30' });
    expect(parseTimeText('930')).toEqual({ ok: true, value: '09:30' });
    expect(parseTimeText('9.30')).toEqual({ ok: true, value: '09:30' });
    expect(parseTimeText('２３：５９')).toEqual({ ok: true, value: '23:59' });
    expect(parseTimeText('00:00')).toEqual({ ok: true, value: '00:00' });
  });

  it('refuses a 12-hour time, a time past 23:59 and anything else', () => {
    expect(parseTimeText('2:30 PM')).toEqual({ ok: false, problem: 'format' });
    expect(parseTimeText('')).toEqual({ ok: false, problem: 'format' });
    expect(parseTimeText('24:00')).toEqual({ ok: false, problem: 'no-such-time' });
    expect(parseTimeText('12:60')).toEqual({ ok: false, problem: 'no-such-time' });
    expect(parseTimeText('1:2')).toEqual({ ok: false, problem: 'format' });
  });
});

describe('picker dates', () => {
  it('go to the picker and back as the same calendar date, on any day of the year', () => {
    for (const iso of ['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31', '2028-02-29']) expect(isoOfPickerDate(pickerDate(iso))).toBe(iso);
    expect(pickerDate('2026-03-09').getDay()).toBe(1); // a Monday
  });
});
