import { describe, expect, it } from 'vitest';

import { mapColumns, valuesOf } from './case-columns';
import { partnerLookup, type RowValues, toNewCase } from './case-row';
import { readCategory, readKind, readOpenedAt, readSeverity } from './case-values';

const partners = [
  { id: 'p-1', name: 'Lotus Digital' },
  { id: 'p-2', name: '华夏云科技' },
];
const findPartner = partnerLookup(partners);

/** A row with readable defaults: a technical case of Lotus Digital, 2 March 2026 10:00 Beijing. */
const aRow = (overrides: Partial<RowValues> = {}): RowValues => ({
  partner: 'Lotus Digital',
  customer: 'Shenzhen Retail Co.',
  kind: 'technical',
  category: 'product-error-or-fault',
  severity: 'system-exception',
  openedAt: '2026-03-02 10:00',
  vendorRef: 'VC-1001',
  notes: '',
  ...overrides,
});

describe('mapColumns', () => {
  it('finds columns by English or Chinese header, whatever the case and spacing', () => {
    const header = ['Partner Name', '客户', 'TYPE', 'Category', '严重级别', 'created_at', '工单号', '备注', 'Region'];
    const mapped = mapColumns(header);
    expect(mapped).toEqual({ ok: true, columns: { partner: 0, customer: 1, kind: 2, category: 3, severity: 4, openedAt: 5, vendorRef: 6, notes: 7 } });
    if (mapped.ok)
      expect(valuesOf([' Lotus ', 'c', 'technical'], mapped.columns)).toMatchObject({ partner: 'Lotus', kind: 'technical', openedAt: '', notes: '' });
  });

  it('names every required column that is missing', () => {
    expect(mapColumns(['伙伴', 'notes', '提交时间'])).toEqual({ ok: false, missing: ['kind', 'category'] });
  });
});

describe('value readers', () => {
  it('P3: reads kinds in English and Chinese', () => {
    expect([readKind('Technical'), readKind('服务'), readKind('技术支持'), readKind('other')]).toEqual(['technical', 'service', 'technical', null]);
  });

  it('P4: reads categories by id or English wording', () => {
    expect(readCategory('Accounting dispute')).toBe('accounting-dispute');
    expect(readCategory('account questions')).toBe('account-question');
    expect(readCategory('quota-adjustment')).toBe('quota-adjustment');
    expect(readCategory('billing')).toBeNull();
  });

  it('P2: reads severities by id or label', () => {
    expect([readSeverity('System exception'), readSeverity('general-guidance'), readSeverity('urgent')]).toEqual([
      'system-exception',
      'general-guidance',
      null,
    ]);
  });

  it('T1: a time without an offset is Beijing time; one with an offset keeps it', () => {
    expect(readOpenedAt('2026-03-02 10:00')).toBe('2026-03-02T02:00:00Z');
    expect(readOpenedAt('2026/3/1 07:30:15')).toBe('2026-02-28T23:30:15Z');
    expect(readOpenedAt('2026-03-02T10:00:00+09:00')).toBe('2026-03-02T01:00:00Z');
    expect(readOpenedAt('2026-03-02T02:00:00Z')).toBe('2026-03-02T02:00:00Z');
    expect([readOpenedAt('2026-02-30 10:00'), readOpenedAt('next Monday'), readOpenedAt('2026-03-02')]).toEqual([null, null, null]);
  });
});

describe('partnerLookup', () => {
  it('finds a partner by id first, then by name whatever its case; the first in the list when two match', () => {
    const find = partnerLookup([...partners, { id: 'Lotus Digital', name: 'Other' }, { id: 'p-3', name: 'LOTUS DIGITAL' }]);
    expect([find('p-2')?.id, find('lotus digital')?.id, find('Lotus Digital')?.id, find('华夏云科技')?.id, find('Nobody')]).toEqual([
      'p-2',
      'p-1',
      'Lotus Digital',
      'p-2',
      undefined,
    ]);
  });
});

describe('toNewCase', () => {
  it('turns a row into the request cases/open would get', () => {
    expect(toNewCase(aRow({ partner: 'lotus digital' }), findPartner)).toEqual({
      ok: true,
      partner: partners[0],
      request: {
        partnerId: 'p-1',
        customer: 'Shenzhen Retail Co.',
        kind: 'technical',
        category: 'product-error-or-fault',
        severity: 'system-exception',
        openedAt: '2026-03-02T02:00:00Z',
        vendorRef: 'VC-1001',
        notes: '',
      },
    });
  });

  it('finds a partner by id and leaves out an empty severity (P2: Basic has none)', () => {
    const converted = toNewCase(aRow({ partner: 'p-2', kind: '服务', category: 'Quota adjustment', severity: '' }), findPartner);
    expect(converted.ok && converted.request).toMatchObject({ partnerId: 'p-2', kind: 'service', category: 'quota-adjustment' });
    expect(converted.ok && 'severity' in converted.request).toBe(false);
  });

  it('gives the first reason a row is not a case, with the field and the value', () => {
    const reason = (overrides: Partial<RowValues>) => {
      const converted = toNewCase(aRow(overrides), findPartner);
      return converted.ok ? null : converted.error;
    };
    expect(reason({ partner: 'Nobody Ltd' })).toMatchObject({ code: 'UNKNOWN_PARTNER', data: { partner: 'Nobody Ltd' } });
    expect(reason({ openedAt: '' })).toMatchObject({ code: 'INVALID_INPUT', field: 'openedAt', rule: 'too_small' });
    expect(reason({ kind: 'billing' })).toMatchObject({ code: 'UNKNOWN_CASE_KIND', data: { value: 'billing' } });
    expect(reason({ category: 'misc' })).toMatchObject({ code: 'UNKNOWN_CATEGORY', field: 'category' });
    expect(reason({ severity: 'urgent' })).toMatchObject({ code: 'UNKNOWN_SEVERITY', field: 'severity' });
    expect(reason({ openedAt: 'yesterday' })).toMatchObject({ code: 'UNREADABLE_TIME', field: 'openedAt' });
    expect(reason({ vendorRef: 'x'.repeat(61) })).toMatchObject({ code: 'INVALID_INPUT', field: 'vendorRef', rule: 'too_big', data: { maximum: 60 } });
  });
});
