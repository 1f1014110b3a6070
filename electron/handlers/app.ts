import { cnMainlandCalendar } from '@core/calendar';

import { shippedLicences } from '../diagnostics/licences';
import type { ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { newErrorId } from '../ipc/error-id';
import { calendarOf } from './calendar-of';
import type { HandlerContext } from './context';
import { saveDiagnostics } from './diagnostics';
import { safeFileName } from './file-name';

export const appHandlers: HandlerMap<ChannelsOf<'app'>, HandlerContext> = {
  'app/status': (_request, { store, services }) => ({
    dataDir: store.dir,
    version: services.runtime.version,
    notices: [...store.notices],
  }),
  'app/open-external': async ({ url }, { services }) => {
    await services.openExternal(url);
    return null;
  },
  'app/copy-text': async ({ text }, { services }) => {
    await services.copyText(text);
    return null;
  },
  'app/notify': async ({ title, body }, { services }) => {
    await services.notify(title, body);
    return null;
  },
  // The page names the file after a partner, whose name may hold a control character.
  'app/save-pdf': async ({ suggestedName }, { services }) => ({ path: await services.savePagePdf(safeFileName(suggestedName)) }),
  'app/about': (_request, { store, services }) => {
    const calendar = calendarOf(store.read());
    const years = calendar.years ?? cnMainlandCalendar.years!;
    return {
      runtime: services.runtime,
      dataDir: store.dir,
      logsDir: services.logsDir,
      calendar: { ...years, source: calendar.source ?? calendar.id },
      licences: [...shippedLicences],
    };
  },
  'app/show-data-folder': async (_request, { store, services }) => {
    await services.showFolder(store.dir);
    return null;
  },
  'app/save-diagnostics': ({ includeData }, ctx) => saveDiagnostics(includeData, ctx),
  'app/report-error': ({ kind, message, stack, componentStack, view }, { services }) => {
    const errorId = newErrorId();
    const where = view ? ` on ${view}` : '';
    const cause = [stack ?? message, componentStack ? `React components:${componentStack}` : ''].filter(Boolean).join('\n');
    services.log.error(`The page reported ${kind === 'render' ? 'a rendering error' : `an ${kind}`}${where} (error ${errorId}): ${message}`, cause);
    return { errorId };
  },
  'app/restart': (_request, { services }) => {
    // Answer first: the page gets its reply before the window goes away.
    setTimeout(() => services.restart(), 50);
    return null;
  },
};
