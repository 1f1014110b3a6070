// P2 / P3 / P4: a case's kind, category and severity read from a file by any of their names.
import { type CaseCategoryId, caseCategoryIds, type CaseKind, caseKinds, type SeverityId, severityIds } from '../catalog';
import { joinNames, type NameIndex, nameIndex } from './name-index';
import { productCategoryWording, productKindWording, productSeverityWording } from './product-wording';

/** Names of each id that people see elsewhere (the app's labels in every language), given by the caller. */
export type ShownNames<Id extends string> = readonly Partial<Record<Id, string | readonly string[]>>[];

export type ShownCaseNames = {
  readonly kinds: ShownNames<CaseKind>;
  readonly categories: ShownNames<CaseCategoryId>;
  readonly severities: ShownNames<SeverityId>;
};

export type CaseNameReaders = {
  readonly kind: NameIndex<CaseKind>;
  readonly category: NameIndex<CaseCategoryId>;
  readonly severity: NameIndex<SeverityId>;
};

/**
 * Readers that take each id, the product description's wording and every shown name, case and
 * spacing aside (nameKey). Throws AmbiguousNameError when two ids would share a name.
 */
export function caseNameReaders(shown: ShownCaseNames): CaseNameReaders {
  return {
    kind: nameIndex(caseKinds, joinNames(caseKinds, productKindWording, ...shown.kinds)),
    category: nameIndex(caseCategoryIds, joinNames(caseCategoryIds, productCategoryWording, ...shown.categories)),
    severity: nameIndex(severityIds, joinNames(severityIds, productSeverityWording, ...shown.severities)),
  };
}
