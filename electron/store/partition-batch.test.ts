import { describe, expect, it } from 'vitest';

import { planBatch } from './partition-batch';

type Item = { id: string; month: string; v: number };
const stored: Record<string, Item[]> = {
  '2026-03': [
    { id: 'a', month: '2026-03', v: 1 },
    { id: 'b', month: '2026-03', v: 1 },
  ],
};
const plan = (items: Item[]) =>
  planBatch(items, (i) => i.month, { itemsIn: (key) => stored[key] ?? [], keyOf: (id) => (['a', 'b'].includes(id) ? '2026-03' : undefined) });

describe('planBatch', () => {
  it('appends new items and replaces stored ones, one list per partition touched', () => {
    const { next, placed } = plan([
      { id: 'c', month: '2026-03', v: 1 },
      { id: 'a', month: '2026-03', v: 2 },
      { id: 'd', month: '2026-04', v: 1 },
    ]);
    expect(Object.fromEntries(next)).toEqual({
      '2026-03': [
        { id: 'a', month: '2026-03', v: 2 },
        { id: 'b', month: '2026-03', v: 1 },
        { id: 'c', month: '2026-03', v: 1 },
      ],
      '2026-04': [{ id: 'd', month: '2026-04', v: 1 }],
    });
    expect(Object.fromEntries(placed)).toEqual({ c: '2026-03', a: '2026-03', d: '2026-04' });
    expect(stored['2026-03']).toHaveLength(2);
  });

  it('an item given twice in one batch is stored once, as given last, also after a move', () => {
    const { next } = plan([
      { id: 'c', month: '2026-03', v: 1 },
      { id: 'e', month: '2026-03', v: 1 },
      { id: 'c', month: '2026-03', v: 2 },
      { id: 'a', month: '2026-04', v: 2 },
      { id: 'e', month: '2026-03', v: 3 },
    ]);
    expect(next.get('2026-03')).toEqual([
      { id: 'b', month: '2026-03', v: 1 },
      { id: 'c', month: '2026-03', v: 2 },
      { id: 'e', month: '2026-03', v: 3 },
    ]);
    expect(next.get('2026-04')).toEqual([{ id: 'a', month: '2026-04', v: 2 }]);
  });

  it('moves an item whose partition changed out of its old partition', () => {
    const { next } = plan([{ id: 'b', month: '2026-04', v: 2 }]);
    expect(next.get('2026-03')!.map((i) => i.id)).toEqual(['a']);
    expect(next.get('2026-04')).toEqual([{ id: 'b', month: '2026-04', v: 2 }]);
  });

  it('refuses a partition key that is not a safe file name', () => {
    expect(() => plan([{ id: 'x', month: '../etc', v: 1 }])).toThrow(/not a safe file name/);
  });
});
