import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';

import { formatMinutes, formatRate, reportFileName } from './report-format';

// The English unit strings, so the test reads like the screen.
const units: Record<string, string> = { 'serviceReport.units.d': '{{n}} d', 'serviceReport.units.h': '{{n}} h', 'serviceReport.units.min': '{{n}} min' };
const t = ((key: string, values: { n: number }) => (units[key] ?? key).replace('{{n}}', String(values.n))) as unknown as TFunction;

describe('report formats', () => {
  it('response times in the two largest units', () => {
    expect(formatMinutes(t, null)).toBe('—');
    expect(formatMinutes(t, 0)).toBe('0 min');
    expect(formatMinutes(t, 45)).toBe('45 min');
    expect(formatMinutes(t, 180)).toBe('3 h');
    expect(formatMinutes(t, 125)).toBe('2 h 5 min');
    expect(formatMinutes(t, 1440 + 125)).toBe('1 d 2 h');
  });

  it('met rates as percentages', () => {
    expect(formatRate(null, 'en')).toBe('—');
    expect(formatRate(6667, 'en')).toBe('66.7%');
    expect(formatRate(10_000, 'en')).toBe('100%');
  });

  it('a file name without reserved characters', () => {
    expect(reportFileName('A/B: Cloud', '2026-03')).toBe('service-report-A-B- Cloud-2026-03');
  });
});
