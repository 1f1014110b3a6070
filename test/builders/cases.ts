import type { RequestOf } from '../../electron/ipc/contract';

/**
 * A cases/open request with readable defaults: a technical system exception of Shenzhen Retail
 * Co., opened on 2 March 2026 at 10:00 Beijing. Tests state only what their case is about.
 */
export const aCase = (partnerId: string, overrides: Partial<Record<keyof RequestOf<'cases/open'>, unknown>> = {}) => ({
  partnerId,
  customer: 'Shenzhen Retail Co.',
  kind: 'technical',
  category: 'product-error-or-fault',
  severity: 'system-exception',
  openedAt: '2026-03-02T02:00:00Z',
  ...overrides,
});
