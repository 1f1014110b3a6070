import { describe, expect, it } from 'vitest';

import { checkDraftOf, emptyDraft, requestOf, withStart } from './booking-draft';

describe('booking draft', () => {
  it('asks the live check with only the fields filled in', () => {
    expect(checkDraftOf(emptyDraft())).toBeNull();
    expect(checkDraftOf(emptyDraft('p1'))).toEqual({ partnerId: 'p1', kind: 'kea' });
    expect(checkDraftOf({ ...emptyDraft('p1'), kind: 'consulting', start: '2026-03-10', hours: 'x' })).toEqual({
      partnerId: 'p1',
      kind: 'consulting',
      start: '2026-03-10',
    });
  });
  it('B1: the offered date keeps the event length', () => {
    const draft = { ...emptyDraft('p1'), start: '2026-03-06', end: '2026-03-07' };
    expect(withStart(draft, '2026-03-09')).toMatchObject({ start: '2026-03-09', end: '2026-03-10' });
    expect(requestOf({ ...draft, kind: 'consulting', hours: '3' })).toMatchObject({ kind: 'consulting', hours: 3, startTime: '09:00' });
  });
});
