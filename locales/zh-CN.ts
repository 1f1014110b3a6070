// Simplified Chinese: every area's file (zh-CN/<area>.json) merged into one tree. The renderer loads
// this module for the language in use only; main reads both (electron/i18n). A key defined in two
// files, or a file not listed here, fails locales.test.ts.
import about from './zh-CN/about.json' with { type: 'json' };
import app from './zh-CN/app.json' with { type: 'json' };
import bookings from './zh-CN/bookings.json' with { type: 'json' };
import calendar from './zh-CN/calendar.json' with { type: 'json' };
import caseImport from './zh-CN/case-import.json' with { type: 'json' };
import cases from './zh-CN/cases.json' with { type: 'json' };
import catalog from './zh-CN/catalog.json' with { type: 'json' };
import errors from './zh-CN/errors.json' with { type: 'json' };
import escalation from './zh-CN/escalation.json' with { type: 'json' };
import handover from './zh-CN/handover.json' with { type: 'json' };
import partnerDetail from './zh-CN/partner-detail.json' with { type: 'json' };
import partners from './zh-CN/partners.json' with { type: 'json' };
import plans from './zh-CN/plans.json' with { type: 'json' };
import priceBook from './zh-CN/price-book.json' with { type: 'json' };
import proration from './zh-CN/proration.json' with { type: 'json' };
import quotas from './zh-CN/quotas.json' with { type: 'json' };
import reports from './zh-CN/reports.json' with { type: 'json' };
import sample from './zh-CN/sample.json' with { type: 'json' };
import search from './zh-CN/search.json' with { type: 'json' };
import serviceReport from './zh-CN/service-report.json' with { type: 'json' };
import settings from './zh-CN/settings.json' with { type: 'json' };
import sla from './zh-CN/sla.json' with { type: 'json' };
import statement from './zh-CN/statement.json' with { type: 'json' };
import sync from './zh-CN/sync.json' with { type: 'json' };
import today from './zh-CN/today.json' with { type: 'json' };

export const zhCN = {
  ...about,
  ...app,
  ...bookings,
  ...calendar,
  ...caseImport,
  ...cases,
  ...catalog,
  ...errors,
  ...escalation,
  ...handover,
  ...partnerDetail,
  ...partners,
  ...plans,
  ...priceBook,
  ...proration,
  ...quotas,
  ...reports,
  ...sample,
  ...search,
  ...serviceReport,
  ...settings,
  ...sla,
  ...statement,
  ...sync,
  ...today,
};
