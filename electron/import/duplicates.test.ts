import { describe, expect, it } from 'vitest';

import { beijingDateOf } from '@core/time';

import type { NewCase } from '../handlers/case-entry';
import type { CaseRecordStored } from '../ipc/contract';
import { caseFactsOf } from '../store/case-facts';
import { DuplicateIndex } from './duplicates';

const lotus = { id: 'p-1', name: 'Lotus Digital' };

/** A row as toNewCase reads it: a technical system exception of Lotus Digital, 2 March 2026 10:00 Beijing. */
const aRow = (overrides: Partial<NewCase> = {}): NewCase => ({
  partnerId: 'p-1',
  customer: 'Harbour Bank',
  kind: 'technical',
  category: 'product-error-or-fault',
  severity: 'system-exception',
  openedAt: '2026-03-02T02:00:00Z',
  vendorRef: '',
  notes: '',
  ...overrides,
});

/** The stored case of a row (as buildCase stores it). */
const storedOf = (row: NewCase, id = 'c-1'): CaseRecordStored => ({
  id,
  partnerId: row.partnerId,
  customer: row.customer ?? '',
  kind: row.kind,
  category: row.category,
  severity: row.severity ?? null,
  openedAt: row.openedAt,
  level: 'standard',
  dueAt: '2026-03-02T10:00:00Z',
  vendorRef: row.vendorRef ?? '',
  notes: row.notes ?? '',
  state: 'open',
  respondedAt: null,
  respondedBy: '',
  correctedSeverity: null,
  history: [],
  alerted: [],
});

/**
 * The index of these stored cases, for a file whose rows without a reference are at these
 * instants of Lotus Digital, filled as the import does: every reference from the days' facts,
 * and the cases of the days it asks for.
 */
const indexOf = (stored: readonly CaseRecordStored[], unreferenced = ['2026-03-02T02:00:00Z'], referenced = ['vc-1', 'vc-2', 'vc-9', 'vc-10']) => {
  const index = new DuplicateIndex({ referenced: new Map([['p-1', new Set(referenced)]]), unreferenced: new Map([['p-1', new Set(unreferenced)]]) });
  for (const c of stored) {
    const { r, o } = caseFactsOf([c])[c.partnerId]!;
    for (const ref of r) index.addRef(c.partnerId, ref);
    if (index.wantsDay(c.partnerId, beijingDateOf(c.openedAt), o)) index.addContent(c);
  }
  return index;
};

describe('DuplicateIndex', () => {
  it("a vendor reference is the partner's case, whatever its case and month; stored first, then earlier in the file", () => {
    const index = indexOf([storedOf(aRow({ vendorRef: 'VC-1', openedAt: '2025-01-05T02:00:00Z' }))]);
    expect(index.check(lotus, aRow({ vendorRef: 'vc-1' }))).toMatchObject({ code: 'DUPLICATE_CASE', field: 'vendorRef', data: { vendorRef: 'vc-1' } });
    expect(index.check({ id: 'p-2', name: 'Birch' }, aRow({ partnerId: 'p-2', vendorRef: 'VC-1' }))).toBeNull();
    expect(index.check(lotus, aRow({ vendorRef: 'VC-2' }))).toBeNull();
    index.accept('p-1', aRow({ vendorRef: 'VC-2' }), 7);
    expect(index.check(lotus, aRow({ vendorRef: 'VC-2' }))).toMatchObject({ code: 'DUPLICATE_IN_FILE', data: { vendorRef: 'VC-2', line: 7 } });
  });

  it('a row without a reference is the stored case with the same partner, instant, customer, kind, category, severity and notes', () => {
    const row = aRow({ notes: 'SSO fails, "again"\nsince 09:00' });
    const index = indexOf([storedOf({ ...row, openedAt: '2026-03-02T10:00:00+08:00' })]);
    for (const other of [
      { customer: 'Other' },
      { openedAt: '2026-03-02T02:01:00Z' },
      { severity: 'general-guidance' as const },
      { notes: 'SSO fails' },
      { kind: 'service' as const, category: 'quota-adjustment' as const },
    ]) {
      expect(index.check(lotus, { ...row, ...other })).toBeNull();
    }
    expect(index.check(lotus, row)).toMatchObject({ code: 'DUPLICATE_CASE_CONTENT', data: { openedAt: '2026-03-02T02:00:00Z' } });
  });

  it('each stored case answers for one row: a file with one identical row more than the desk holds adds that one', () => {
    const row = aRow();
    const index = indexOf([storedOf(row, 'c-1'), storedOf(row, 'c-2')]);
    expect([index.check(lotus, row)?.code, index.check(lotus, row)?.code, index.check(lotus, row)]).toEqual([
      'DUPLICATE_CASE_CONTENT',
      'DUPLICATE_CASE_CONTENT',
      null,
    ]);
  });

  it('a stored case with a reference still matches a row without one by its content; rows with a reference are matched by it alone', () => {
    const index = indexOf([storedOf(aRow({ vendorRef: 'VC-9' }))]);
    expect(index.check(lotus, aRow({ vendorRef: 'VC-10' }))).toBeNull();
    expect(index.check(lotus, aRow())?.code).toBe('DUPLICATE_CASE_CONTENT');
  });

  it('only the instants of rows without a reference are looked up by content, and only their Beijing days are read', () => {
    expect(indexOf([storedOf(aRow())], []).check(lotus, aRow())).toBeNull();
    // 1 March 16:30 UTC is 2 March 00:30 in Beijing: second 1,800 of the day.
    const index = indexOf([], ['2026-03-01T16:30:00Z', '2026-03-05T02:00:00Z']);
    expect(['2026-03-01', '2026-03-02', '2026-03-05', '2026-03-06'].map((day) => index.wantsDay('p-1', day, [1_800, 36_000]))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(index.wantsDay('p-1', '2026-03-02', [1_860])).toBe(false);
    expect(index.wantsDay('p-2', '2026-03-02', [1_800])).toBe(false);
  });
});
