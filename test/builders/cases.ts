import type { RequestOf } from '@main/ipc/contract';
import type { StoredCase } from '@main/store/records/cases';

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

/** A case as the store keeps it (an open Standard technical case opened 2 March 2026, 10:00 Beijing), for store-level tests. */
export const aStoredCase = (overrides: Partial<StoredCase> = {}): StoredCase => ({
  id: 'c',
  partnerId: 'p-1',
  customer: '',
  kind: 'technical',
  category: 'service-unavailable',
  severity: 'production-exception',
  openedAt: '2026-03-02T02:00:00Z',
  level: 'standard',
  dueAt: '2026-03-02T14:00:00Z',
  vendorRef: '',
  notes: '',
  state: 'open',
  respondedAt: null,
  respondedBy: '',
  correctedSeverity: null,
  history: [],
  alerted: [],
  ...overrides,
});
