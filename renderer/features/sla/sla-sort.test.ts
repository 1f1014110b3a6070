import { type ColumnDef, createTable, getCoreRowModel, getSortedRowModel, type SortingState } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';

import { type SortKey, sortRows } from './sla-sort';

type Case = { id: string; rank: number; due: number; partner: string; level: string; ref: string | undefined };

/** A board with ties, names with and without numbers, and references missing here and there. */
function aBoard(size: number, seed: number): Case[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  const names = ['Harbour Works 061', 'Harbour Works 7', 'Pearl Data 122', 'lotus digital', 'Lotus Digital', '华夏云科技', 'Azure Bay', 'Azure Bay 2'];
  return Array.from({ length: size }, (_, i) => ({
    id: `c${i}`,
    rank: next(5),
    due: 1_780_000_000_000 + next(40) * 60_000,
    partner: names[next(names.length)]!,
    level: ['basic', 'standard', 'premier'][next(3)]!,
    ref: next(4) === 0 ? undefined : `VR-2026${next(3)}-${next(1000)}`,
  }));
}

const KEYS: SortKey<Case>[] = [
  { id: 'status', value: (c) => c.rank },
  { id: 'due', value: (c) => c.due },
  { id: 'partner', value: (c) => c.partner },
  { id: 'level', value: (c) => c.level },
  { id: 'ref', value: (c) => c.ref },
];

/** What TanStack Table's sorted row model answers for the same board, columns and sorting. */
function tanstackOrder(data: Case[], sorting: SortingState): string[] {
  const columns: ColumnDef<Case>[] = KEYS.map((key) => ({ id: key.id, accessorFn: key.value }));
  const table = createTable<Case>({
    data,
    columns,
    state: { sorting },
    onStateChange: () => undefined,
    renderFallbackValue: null,
    getRowId: (c) => c.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return table.getRowModel().rows.map((row) => row.id);
}

const SORTINGS: SortingState[] = [
  [],
  [{ id: 'status', desc: false }],
  [{ id: 'due', desc: true }],
  [{ id: 'partner', desc: false }],
  [{ id: 'partner', desc: true }],
  [{ id: 'level', desc: false }],
  [{ id: 'ref', desc: false }],
  [{ id: 'ref', desc: true }],
  [
    { id: 'status', desc: false },
    { id: 'partner', desc: true },
  ],
  [
    { id: 'level', desc: true },
    { id: 'ref', desc: false },
    { id: 'due', desc: false },
  ],
  [{ id: 'no-such-column', desc: false }],
];

describe('the board sorted without a row model', () => {
  it.each([0, 1, 5, 11, 12, 400])('orders a board of %i cases as TanStack Table does, for every sorting', (size) => {
    const board = aBoard(size, size + 7);
    for (const sorting of SORTINGS) {
      expect(
        sortRows(board, sorting, KEYS).map((c) => c.id),
        JSON.stringify(sorting),
      ).toEqual(tanstackOrder(board, sorting));
    }
  });
});
