import { describe, expect, it } from 'vitest';

import { caseCategoryIds, severityIds } from '../catalog';
import { caseNameReaders } from './case-names';
import { AmbiguousNameError, nameIndex, nameKey } from './name-index';

describe('nameKey', () => {
  it('leaves out case, spacing, hyphens and a bracketed remark, in either script', () => {
    expect(nameKey(' Product  ERROR-or_fault ')).toBe(nameKey('product error or fault'));
    expect(nameKey('Account questions (P3)')).toBe(nameKey('account questions'));
    expect(nameKey('云产品 错误或故障')).toBe(nameKey('云产品错误或故障'));
    // Full-width letters, spaces and brackets, as a Chinese input method types them.
    expect(nameKey('Ｓｙｓｔｅｍ\u3000exception（北京）')).toBe(nameKey('system exception'));
  });
});

describe('nameIndex', () => {
  it('reads an id by itself or any of its names, and nothing else', () => {
    const index = nameIndex(['a', 'b'], { a: ['Alpha', '甲'], b: [] });
    expect([index.read('ALPHA'), index.read('甲'), index.read('b'), index.read('gamma'), index.read('')]).toEqual(['a', 'a', 'b', null, null]);
  });

  it('refuses a list in which two ids share a name', () => {
    expect(() => nameIndex(['a', 'b'], { a: ['Same name'], b: ['same-name'] })).toThrow(AmbiguousNameError);
  });
});

describe('caseNameReaders', () => {
  const readers = caseNameReaders({ kinds: [], categories: [{ 'product-error-or-fault': 'Error or fault of a cloud product' }], severities: [] });

  it("P4: every category by its id and by the product description's scope list, word for word", () => {
    for (const id of caseCategoryIds) expect(readers.category.read(id)).toBe(id);
    expect(readers.category.read('Errors and faults of HUAWEI CLOUD products')).toBe('product-error-or-fault');
    expect(readers.category.read('Service errors and irregular exceptions that affect service availability')).toBe('availability-affecting-error');
    expect(readers.category.read('services or products not operating as they are supposed to be')).toBe('not-operating-as-designed');
    expect(readers.category.read('Regional problems that affect multiple users')).toBe('regional-multi-user-problem');
  });

  it('P4: a name the caller shows, case and spacing aside', () => {
    expect(readers.category.read('  error or FAULT of a cloud product')).toBe('product-error-or-fault');
    expect(readers.category.read('billing')).toBeNull();
  });

  it('P2 / P3: severities by Table 5-2 and 5-3 wording, kinds by Table 3-1', () => {
    for (const id of severityIds) expect(readers.severity.read(id)).toBe(id);
    expect(readers.severity.read('Production system exceptions')).toBe('production-exception');
    expect(readers.severity.read('system exception')).toBe('system-exception');
    expect([readers.kind.read('Technical Support'), readers.kind.read('service')]).toEqual(['technical', 'service']);
  });
});
