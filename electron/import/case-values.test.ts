import { describe, expect, it } from 'vitest';

import { caseCategoryIds, severityIds } from '@core/catalog';
import enCases from '@locales/en/cases.json' with { type: 'json' };
import enCatalog from '@locales/en/catalog.json' with { type: 'json' };
import enErrors from '@locales/en/errors.json' with { type: 'json' };
import zhCases from '@locales/zh-CN/cases.json' with { type: 'json' };
import zhCatalog from '@locales/zh-CN/catalog.json' with { type: 'json' };
import zhErrors from '@locales/zh-CN/errors.json' with { type: 'json' };

import { mapColumns } from './case-columns';
import { openedAtReader, readCategory, readKind, readOpenedAt, readSeverity } from './case-values';

describe('P4: a category by every name the app shows for it', () => {
  it("reads the New case form's names in English and Chinese, whatever the case and spacing", () => {
    for (const id of caseCategoryIds) {
      expect(readCategory(enCases.cases.categories[id])).toBe(id);
      expect(readCategory(zhCases.cases.categories[id])).toBe(id);
      expect(readCategory(`  ${enCases.cases.categories[id].toUpperCase()} `)).toBe(id);
    }
    expect(readCategory('Error or fault of a cloud product')).toBe('product-error-or-fault');
    expect(readCategory('云产品 错误或故障')).toBe('product-error-or-fault');
  });

  it("reads the product description's scope list word for word, and the ids", () => {
    expect(readCategory('Errors and faults of HUAWEI CLOUD products')).toBe('product-error-or-fault');
    expect(readCategory('Service or product unavailability')).toBe('service-unavailable');
    expect(readCategory('product-error-or-fault')).toBe('product-error-or-fault');
    expect(readCategory('billing')).toBeNull();
  });

  it('reads every name the refusals suggest, in both languages', () => {
    // errors.json gives examples of what to write; whichever of these names it uses must read.
    const suggested = (message: string, names: readonly string[]) => names.filter((n) => message.includes(n));
    const categories = ['Product error or fault', 'Error or fault of a cloud product', 'Accounting dispute', '云产品错误或故障', '账务争议'];
    for (const errors of [enErrors.errors, zhErrors.errors]) {
      expect(suggested(errors.UNKNOWN_CATEGORY, categories)).not.toEqual([]);
      for (const name of suggested(errors.UNKNOWN_CATEGORY, categories)) expect(readCategory(name)).not.toBeNull();
      expect(suggested(errors.UNKNOWN_SEVERITY, ['System exception', '系统异常'])).not.toEqual([]);
      expect(suggested(errors.UNKNOWN_CASE_KIND, ['service', 'technical', '服务', '技术'])).toHaveLength(2);
    }
    expect([readSeverity('System exception'), readSeverity('系统异常')]).toEqual(['system-exception', 'system-exception']);
    expect([readKind('service'), readKind('technical'), readKind('服务'), readKind('技术')]).toEqual(['service', 'technical', 'service', 'technical']);
  });
});

describe('P2 / P3: severities and kinds by every name the app shows', () => {
  it("reads each severity's label in both languages and the product description's plural forms", () => {
    for (const id of severityIds) {
      expect(readSeverity(enCatalog.catalog.severities[id])).toBe(id);
      expect(readSeverity(zhCatalog.catalog.severities[id])).toBe(id);
      // The SLA clocks' short labels, as a board copied into a spreadsheet has them.
      expect(readSeverity(enCatalog.catalog.severitiesShort[id])).toBe(id);
      expect(readSeverity(zhCatalog.catalog.severitiesShort[id])).toBe(id);
    }
    expect(readSeverity('Production system exceptions')).toBe('production-exception');
    // The form's option, target and all, as copied from it.
    expect(readSeverity('System exception (response within 8 h)')).toBe('system-exception');
  });

  it("reads the form's kinds in both languages", () => {
    for (const kind of ['service', 'technical'] as const) {
      expect(readKind(enCases.cases.kinds[kind])).toBe(kind);
      expect(readKind(zhCases.cases.kinds[kind])).toBe(kind);
    }
  });
});

describe('headers', () => {
  it("reads the app's own labels as headers, in English and Chinese", () => {
    expect(mapColumns(['伙伴', '客户', '类型', '类别', '严重级别', '提交时间', '厂商工单号', '备注'])).toEqual({
      ok: true,
      columns: { partner: 0, customer: 1, kind: 2, category: 3, severity: 4, openedAt: 5, vendorRef: 6, notes: 7 },
    });
    expect(mapColumns(['Partner', 'Kind', 'Category', 'Opened (Beijing)', 'Vendor ref.'])).toMatchObject({ ok: true, columns: { openedAt: 3, vendorRef: 4 } });
  });
});

describe('T1: opening times', () => {
  it('honours an offset a time gives, in any of its spellings', () => {
    expect(readOpenedAt('2026-03-02T10:00+08:00')).toBe('2026-03-02T02:00:00Z');
    expect(readOpenedAt('2026-03-02T10:00Z')).toBe('2026-03-02T10:00:00Z');
    expect(readOpenedAt('2026-03-02 10:00 +01:00')).toBe('2026-03-02T09:00:00Z');
    expect(readOpenedAt('2026/3/2 10:00:30 +0530')).toBe('2026-03-02T04:30:30Z');
    expect(readOpenedAt('2026-03-02 10:00 UTC+8')).toBe('2026-03-02T02:00:00Z');
    expect([readOpenedAt('2026-03-02 10:00 +15:00'), readOpenedAt('2026-03-02 10:00 +01:75')]).toEqual([null, null]);
  });

  it('reads a time without an offset in the zone chosen: Beijing unless told otherwise', () => {
    expect(readOpenedAt('2026-03-02 10:00')).toBe('2026-03-02T02:00:00Z');
    const berlin = openedAtReader('Europe/Berlin');
    expect(berlin('2026-03-02 10:00')).toBe('2026-03-02T09:00:00Z');
    expect(berlin('2026-07-02 10:00')).toBe('2026-07-02T08:00:00Z');
    // An offset wins over the zone chosen.
    expect(berlin('2026-03-02T10:00+08:00')).toBe('2026-03-02T02:00:00Z');
  });

  it('reads a time the clocks skip or pass twice as the clock on the wall would', () => {
    const berlin = openedAtReader('Europe/Berlin');
    // 29 March 2026: 02:00 became 03:00, so 02:30 is read as 03:30 summer time.
    expect(berlin('2026-03-29 02:30')).toBe('2026-03-29T01:30:00Z');
    // 25 October 2026: 02:30 came twice; the first is taken.
    expect(berlin('2026-10-25 02:30')).toBe('2026-10-25T00:30:00Z');
    expect(openedAtReader('America/New_York')('2026-11-01 01:30')).toBe('2026-11-01T05:30:00Z');
  });
});
