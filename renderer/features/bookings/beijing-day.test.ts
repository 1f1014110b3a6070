import { describe, expect, it } from 'vitest';

import { monthToShow, msToNextBeijingDay } from './beijing-day';

describe('the Beijing day (T1)', () => {
  it('changes at Beijing midnight, whatever zone the laptop is in', () => {
    // 23:59:30 in Beijing on 31 March is 17:59:30 in Berlin (summer time) and 15:59:30Z.
    expect(msToNextBeijingDay(new Date('2026-03-31T15:59:30Z'))).toBe(30_000);
    expect(msToNextBeijingDay(new Date('2026-03-31T16:00:00Z'))).toBe(24 * 3_600_000);
  });
});

describe('the month the bookings calendar shows', () => {
  it("opens on today's month and turns with it while the user has not moved", () => {
    expect(monthToShow(null, '2026-03')).toBe('2026-03');
    expect(monthToShow(null, '2026-04')).toBe('2026-04');
  });

  it('stays where the user moved to, across the change of month', () => {
    expect(monthToShow({ month: '2026-05', from: '2026-03' }, '2026-04')).toBe('2026-05');
  });

  it('follows today again once the user is back on the month they started from', () => {
    expect(monthToShow({ month: '2026-03', from: '2026-03' }, '2026-04')).toBe('2026-04');
  });
});
