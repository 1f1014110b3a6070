// The product description's own words for case kinds, categories and severities (Issue 04,
// 2022-01-06), as a manager copies them into a spreadsheet. They are data for reading files;
// the screens' labels are the UI's (its translation files).
import type { CaseCategoryId, CaseKind, SeverityId } from '../catalog';

/** P4: the scope list of section 4, word for word, and the same without the vendor's name. */
export const productCategoryWording: Readonly<Record<CaseCategoryId, readonly string[]>> = {
  'product-error-or-fault': ['Errors and faults of HUAWEI CLOUD products', 'Errors and faults of cloud products'],
  'service-unavailable': ['Service or product unavailability'],
  'availability-affecting-error': ['Service errors and irregular exceptions that affect service availability'],
  'not-operating-as-designed': ['Services or products not operating as they are supposed to be'],
  'large-scale-network-outage': ['Large-scale network outage'],
  'regional-multi-user-problem': ['Regional problems that affect multiple users'],
  'quota-adjustment': ['Quota adjustment'],
  'accounting-dispute': ['Accounting dispute'],
  // P3: "account questions" are the rules' words; the scope list has no entry for them.
  'account-question': ['Account questions'],
};

/** P2: Table 5-3's names, and Table 5-2's plural forms of two of them. */
export const productSeverityWording: Readonly<Record<SeverityId, readonly string[]>> = {
  'core-production-unavailable': ['Core production system unavailable'],
  'production-unavailable': ['Production system unavailable'],
  'production-exception': ['Production system exception', 'Production system exceptions'],
  'system-exception': ['System exception', 'System exceptions'],
  'general-guidance': ['General guidance'],
};

/** P3: Table 3-1's items "Service Support" and "Technical Support". */
export const productKindWording: Readonly<Record<CaseKind, readonly string[]>> = {
  service: ['Service Support'],
  technical: ['Technical Support'],
};
