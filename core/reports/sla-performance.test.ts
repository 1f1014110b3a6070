import { describe, expect, it } from 'vitest';

import { metRateBp, type SlaOutcome, slaPerformance } from './sla-performance';

const o = (severity: SlaOutcome['severity'], clockStatus: SlaOutcome['clockStatus'], guaranteed = true): SlaOutcome => ({ severity, clockStatus, guaranteed });

describe('SLA performance', () => {
  it('C3: rates met against met + missed per severity, corrected cases reported apart', () => {
    const { rows, total } = slaPerformance([
      o('general-guidance', 'met'),
      o('production-exception', 'met'),
      o('production-exception', 'missed'),
      o('production-exception', 'breached'),
      o('production-exception', 'running'),
      o('production-exception', 'met', false),
      o(null, 'met'),
    ]);
    expect(rows.map((r) => r.severity)).toEqual(['production-exception', 'general-guidance', null]);
    expect(rows[0]).toEqual({ severity: 'production-exception', met: 1, missed: 2, pending: 1, notGuaranteed: 1, metRateBp: 3333 });
    expect(total).toMatchObject({ met: 3, missed: 2, pending: 1, notGuaranteed: 1, metRateBp: 6000 });
  });

  it('rounds the rate half-up and has none when nothing is decided', () => {
    expect(metRateBp(2, 1)).toBe(6667);
    expect(metRateBp(1, 7)).toBe(1250);
    expect(metRateBp(0, 0)).toBeNull();
  });
});
