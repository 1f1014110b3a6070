import { describe, expect, it } from 'vitest';

import { missingKey } from './i18n';

describe('a translation key with no text', () => {
  it('fails in development and in tests, so a miss is found before a user sees a raw key', () => {
    expect(() => missingKey('sla.columns.nothing')).toThrow('Missing translation: sla.columns.nothing');
  });

  it('keeps a default the caller gave (a text main sent for a rule the page does not word)', () => {
    expect(missingKey('errors.rules.new-rule', 'The rule main gave')).toBe('The rule main gave');
  });
});
