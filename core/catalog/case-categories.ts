// P4: the scope list of section 4 as case categories, with stable ids; P3 gives each its kind.

/** P3: the kinds of support, the one list every enum of kinds comes from. */
export const caseKinds = ['service', 'technical'] as const;
export type CaseKind = (typeof caseKinds)[number];

/** P4: the categories in the scope list's order: every enum and list of categories comes from this one. */
export const caseCategoryIds = [
  'product-error-or-fault',
  'service-unavailable',
  'availability-affecting-error',
  'not-operating-as-designed',
  'large-scale-network-outage',
  'regional-multi-user-problem',
  'quota-adjustment',
  'accounting-dispute',
  'account-question',
] as const;
export type CaseCategoryId = (typeof caseCategoryIds)[number];

export type CaseCategory = { readonly id: CaseCategoryId; readonly kind: CaseKind; readonly source: string };

const categoryInfo: Readonly<Record<CaseCategoryId, Omit<CaseCategory, 'id'>>> = {
  'product-error-or-fault': { kind: 'technical', source: 'Errors and faults of cloud products' },
  'service-unavailable': { kind: 'technical', source: 'Service or product unavailability' },
  'availability-affecting-error': { kind: 'technical', source: 'Service errors and irregular exceptions that affect service availability' },
  'not-operating-as-designed': { kind: 'technical', source: 'Services or products not operating as they are supposed to be' },
  'large-scale-network-outage': { kind: 'technical', source: 'Large-scale network outage' },
  'regional-multi-user-problem': { kind: 'technical', source: 'Regional problems that affect multiple users' },
  // P3: service support covers quota adjustment, accounting disputes and account questions.
  'quota-adjustment': { kind: 'service', source: 'Quota adjustment' },
  'accounting-dispute': { kind: 'service', source: 'Accounting dispute' },
  'account-question': { kind: 'service', source: 'Account questions (P3)' },
};

export const caseCategories: readonly CaseCategory[] = caseCategoryIds.map((id) => ({ id, ...categoryInfo[id] }));

export function caseCategory(id: CaseCategoryId): CaseCategory | undefined {
  return caseCategories.find((c) => c.id === id);
}
