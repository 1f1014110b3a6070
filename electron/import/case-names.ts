// The names an import file may give a case's kind, category and severity: whatever the app shows
// for them in either language (its translation files, as the screens use them), besides the ids
// and the product description's wording that core knows.
import { caseNameReaders } from '@core/cases';
import type { CaseCategoryId, CaseKind } from '@core/catalog';
import enCases from '@locales/en/cases.json' with { type: 'json' };
import enCatalog from '@locales/en/catalog.json' with { type: 'json' };
import zhCases from '@locales/zh-CN/cases.json' with { type: 'json' };
import zhCatalog from '@locales/zh-CN/catalog.json' with { type: 'json' };

/**
 * Short kinds, the words the import's refusal tells a user to write (errors.json UNKNOWN_CASE_KIND:
 * "service or technical", 服务 / 技术); earlier versions' preview showed them too.
 */
const SHORT_KINDS: Record<CaseKind, readonly string[]> = { service: ['Service', '服务'], technical: ['Technical', '技术'] };

/**
 * The names earlier versions' import preview showed for categories, which differed from the case
 * form's: files copied from such a preview, and the example the refusal gives (errors.json
 * UNKNOWN_CATEGORY: "Product error or fault"), still read.
 */
const EARLIER_PREVIEW_CATEGORIES: Partial<Record<CaseCategoryId, readonly string[]>> = {
  'product-error-or-fault': ['Product error or fault'],
  'service-unavailable': ['Service unavailable'],
  'availability-affecting-error': ['Error affecting availability', '影响可用性的错误'],
  'regional-multi-user-problem': ['Regional multi-user problem', '影响多个用户的区域性问题'],
};

/** P2 / P3 / P4: built once. Two ids sharing a label throws here, which the unit tests catch first (case-values.test.ts). */
export const caseNames = caseNameReaders({
  kinds: [enCases.cases.kinds, zhCases.cases.kinds, SHORT_KINDS],
  categories: [enCases.cases.categories, zhCases.cases.categories, EARLIER_PREVIEW_CATEGORIES],
  // The SLA clocks' short labels too: a board copied into a spreadsheet carries them.
  severities: [enCatalog.catalog.severities, zhCatalog.catalog.severities, enCatalog.catalog.severitiesShort, zhCatalog.catalog.severitiesShort],
});
