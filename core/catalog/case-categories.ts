// P4: the scope list of section 4 as case categories, with stable ids; P3 gives each its kind.

export type CaseKind = 'service' | 'technical';

export type CaseCategoryId =
  | 'product-error-or-fault'
  | 'service-unavailable'
  | 'availability-affecting-error'
  | 'not-operating-as-designed'
  | 'large-scale-network-outage'
  | 'regional-multi-user-problem'
  | 'quota-adjustment'
  | 'accounting-dispute'
  | 'account-question';

export type CaseCategory = { readonly id: CaseCategoryId; readonly kind: CaseKind; readonly source: string };

export const caseCategories: readonly CaseCategory[] = [
  { id: 'product-error-or-fault', kind: 'technical', source: 'Errors and faults of cloud products' },
  { id: 'service-unavailable', kind: 'technical', source: 'Service or product unavailability' },
  {
    id: 'availability-affecting-error',
    kind: 'technical',
    source: 'Service errors and irregular exceptions that affect service availability',
  },
  { id: 'not-operating-as-designed', kind: 'technical', source: 'Services or products not operating as they are supposed to be' },
  { id: 'large-scale-network-outage', kind: 'technical', source: 'Large-scale network outage' },
  { id: 'regional-multi-user-problem', kind: 'technical', source: 'Regional problems that affect multiple users' },
  // P3: service support covers quota adjustment, accounting disputes and account questions.
  { id: 'quota-adjustment', kind: 'service', source: 'Quota adjustment' },
  { id: 'accounting-dispute', kind: 'service', source: 'Accounting dispute' },
  { id: 'account-question', kind: 'service', source: 'Account questions (P3)' },
];

export function caseCategory(id: CaseCategoryId): CaseCategory | undefined {
  return caseCategories.find((c) => c.id === id);
}
