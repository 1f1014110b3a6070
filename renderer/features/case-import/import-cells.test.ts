import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';

import type { ImportRow } from '@main/ipc/contract';

import { rowCells, wallText } from './import-cells';

describe('wallText', () => {
  it('T1: shows a stored instant in Beijing time, whatever the laptop zone', () => {
    expect(wallText('2026-03-31T16:30:00Z')).toBe('2026-04-01 00:30');
    expect(wallText('2026-03-02T10:00:00+09:00')).toBe('2026-03-02 09:00');
    expect(wallText('2026-12-31T23:59:59-05:00')).toBe('2027-01-01 12:59');
  });

  it("T1: shows it in the zone the file was read in, when the user chose this computer's", () => {
    expect(wallText('2026-03-02T09:00:00Z', 'Europe/Berlin')).toBe('2026-03-02 10:00');
    expect(wallText('2026-07-02T08:00:00Z', 'Europe/Berlin')).toBe('2026-07-02 10:00');
  });

  it('shows text that is not an instant as the file wrote it', () => {
    expect(wallText('yesterday')).toBe('yesterday');
    expect(wallText('2026-03-02 10:00')).toBe('2026-03-02 10:00');
    expect(wallText('2026-02-30T10:00:00Z')).toBe('2026-02-30T10:00:00Z');
  });
});

describe('rowCells', () => {
  it('names a read category, kind and severity as the case form does, so the names shown are names the import reads', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    const row: ImportRow = {
      line: 2,
      partnerName: 'Lotus',
      customer: '',
      kind: 'technical',
      category: 'product-error-or-fault',
      severity: 'system-exception',
      openedAt: '2026-03-02T02:00:00Z',
      vendorRef: '',
      outcome: 'ok',
    };
    expect(rowCells(t, row, 'Asia/Shanghai')).toEqual({
      kind: 'cases.kinds.technical',
      category: 'cases.categories.product-error-or-fault',
      severity: 'catalog.severities.system-exception',
      openedAt: '2026-03-02 10:00',
    });
  });
});
