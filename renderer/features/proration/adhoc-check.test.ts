import { describe, expect, it } from 'vitest';

import { type AdhocFields, checkAdhoc } from './adhoc-check';

const fields = (overrides: Partial<AdhocFields> = {}): AdhocFields => ({
  periodStart: '2026-01-01',
  periodEnd: '2027-01-01',
  segmentStart: '',
  paid: '12000.00',
  billing: 'yearly',
  level: 'standard',
  ...overrides,
});

describe('ad-hoc input checks', () => {
  it('reads good input, the segment defaulting to the period start (M4)', () => {
    expect(checkAdhoc(fields(), '2026-07-01', 'CNY')).toEqual({
      ok: true,
      value: { periodStart: '2026-01-01', periodEnd: '2027-01-01', segmentStart: '2026-01-01', segmentPaid: 1_200_000, billing: 'yearly', level: 'standard' },
    });
  });

  it('an end before (or on) the start is a problem of the end field', () => {
    expect(checkAdhoc(fields({ periodEnd: '2025-12-31' }), '2026-07-01', 'CNY')).toEqual({
      ok: false,
      problems: [{ field: 'periodEnd', key: 'endBeforeStart' }],
    });
    expect(checkAdhoc(fields({ periodEnd: '2026-01-01' }), '2026-07-01', 'CNY')).toMatchObject({ ok: false, problems: [{ field: 'periodEnd' }] });
  });

  it('an amount that is not a number, and a missing date, are named by field', () => {
    const checked = checkAdhoc(fields({ paid: 'twelve', periodStart: '' }), '', 'CNY');
    expect(checked).toEqual({
      ok: false,
      problems: [
        { field: 'periodStart', key: 'dateRequired' },
        { field: 'segmentStart', key: 'dateRequired' },
        { field: 'paid', key: 'amountNotNumber' },
        { field: 'on', key: 'dateRequired' },
      ],
    });
  });

  it('the segment must start inside the period, and the date inside the segment', () => {
    expect(checkAdhoc(fields({ segmentStart: '2027-01-01' }), '2026-07-01', 'CNY')).toMatchObject({
      problems: [{ field: 'segmentStart', key: 'segmentOutside' }],
    });
    expect(checkAdhoc(fields({ segmentStart: '2026-03-01' }), '2026-02-01', 'CNY')).toEqual({
      ok: false,
      problems: [{ field: 'on', key: 'dateOutside', data: { from: '2026-03-01', until: '2026-12-31' } }],
    });
    expect(checkAdhoc(fields(), '2027-01-01', 'CNY')).toMatchObject({ ok: false, problems: [{ field: 'on', key: 'dateOutside' }] });
  });
});
