import { describe, expect, it } from 'vitest';

import { cnMainlandCalendar } from '@core/calendar';
import type { DomainError } from '@core/errors';

import { nextPossibleDate } from './booking-next-date';

const error = (code: DomainError['code'], data: DomainError['data']): DomainError => ({ code, rule: 'B2', message: '', data });
const next = (e: DomainError, kind: 'kea' | 'consulting' | 'training' = 'consulting', earliest: string | null = null) =>
  nextPossibleDate({ error: e, kind, calendar: cnMainlandCalendar, earliest });

describe('nextPossibleDate', () => {
  it('T4: the earliest start the lead time allows', () => {
    expect(next(error('LEAD_TIME_TOO_SHORT', { earliestStart: '2026-03-09' }), 'kea')).toBe('2026-03-09');
  });
  it('B2: the next working day after a holiday, skipping the National Day week (1-7 October)', () => {
    expect(next(error('NOT_A_WORKING_DAY', { date: '2026-10-01' }))).toBe('2026-10-08');
    expect(next(error('NOT_A_WORKING_DAY', { date: '2026-03-07' }), 'consulting', '2026-03-11')).toBe('2026-03-11');
  });
  it('B2 / B3: the first (working) day of the next month', () => {
    expect(next(error('CONSULTING_MONTH_TAKEN', { month: '2026-03', takenOn: '2026-03-10' }))).toBe('2026-04-01');
    expect(next(error('CONSULTING_MONTH_TAKEN', { month: '2026-09', takenOn: '2026-09-10' }))).toBe('2026-10-08');
    expect(next(error('TRAINING_MONTH_TAKEN', { month: '2026-09' }), 'training')).toBe('2026-10-01');
  });
  it('B1: the start of the next service year; nothing where no date helps', () => {
    expect(next(error('KEA_QUOTA_EXCEEDED', { serviceYearEnd: '2027-01-01' }), 'kea')).toBe('2027-01-01');
    expect(next(error('CONSULTING_TOO_LONG', { maxHours: 4 }))).toBeNull();
    expect(next(error('VENUE_REQUIRED', {}), 'training')).toBeNull();
  });
});
