import { describe, expect, it } from 'vitest';

import { heldByBoth, recordKeys, removedHere, removedThere } from './removals';

const content = (consumption: string[], packs: string[] = []) => ({
  subscriptions: {},
  packs: Object.fromEntries(packs.map((id) => [id, {}])),
  consumption: Object.fromEntries(consumption.map((month) => [month, {}])),
});

describe('removals between a desk and its PartnerDoc', () => {
  it('a record both held and now missing here was removed here; one missing there, removed there', () => {
    const seen = new Set(['consumption/2026-01', 'consumption/2026-02', 'packs/p1']);
    const local = recordKeys(content(['2026-02'], ['p1']));
    const doc = recordKeys(content(['2026-01', '2026-02']));
    expect(removedHere(local, doc, seen)).toEqual([{ part: 'consumption', key: '2026-01' }]);
    expect(removedThere(local, doc, seen)).toEqual([{ part: 'packs', key: 'p1' }]);
  });

  it('a record never held by both is new on one side, not removed on the other', () => {
    const local = recordKeys(content(['2026-03']));
    const doc = recordKeys(content(['2026-04']));
    expect(removedHere(local, doc, new Set())).toEqual([]);
    expect(removedThere(local, doc, new Set())).toEqual([]);
  });

  it('what both hold is the next seen; charges are never counted (recorded charges are never removed)', () => {
    const withCharge = { ...content(['2026-01', '2026-02']), charges: { c1: {} } };
    const local = recordKeys(withCharge);
    expect([...heldByBoth(local, recordKeys(content(['2026-02', '2026-05'])))]).toEqual(['consumption/2026-02']);
    expect([...recordKeys(null)]).toEqual([]);
  });
});
