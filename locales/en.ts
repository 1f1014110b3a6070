// English: every area's file (en/<area>.json) merged into one tree. The renderer loads
// this module for the language in use only; main reads both (electron/i18n). A key defined in two
// files, or a file not listed here, fails locales.test.ts.
import about from './en/about.json' with { type: 'json' };
import app from './en/app.json' with { type: 'json' };
import bookings from './en/bookings.json' with { type: 'json' };
import calendar from './en/calendar.json' with { type: 'json' };
import caseImport from './en/case-import.json' with { type: 'json' };
import cases from './en/cases.json' with { type: 'json' };
import catalog from './en/catalog.json' with { type: 'json' };
import errors from './en/errors.json' with { type: 'json' };
import escalation from './en/escalation.json' with { type: 'json' };
import handover from './en/handover.json' with { type: 'json' };
import partnerDetail from './en/partner-detail.json' with { type: 'json' };
import partners from './en/partners.json' with { type: 'json' };
import plans from './en/plans.json' with { type: 'json' };
import priceBook from './en/price-book.json' with { type: 'json' };
import proration from './en/proration.json' with { type: 'json' };
import quotas from './en/quotas.json' with { type: 'json' };
import reports from './en/reports.json' with { type: 'json' };
import sample from './en/sample.json' with { type: 'json' };
import search from './en/search.json' with { type: 'json' };
import serviceReport from './en/service-report.json' with { type: 'json' };
import settings from './en/settings.json' with { type: 'json' };
import sla from './en/sla.json' with { type: 'json' };
import statement from './en/statement.json' with { type: 'json' };
import sync from './en/sync.json' with { type: 'json' };
import today from './en/today.json' with { type: 'json' };

export const en = {
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
