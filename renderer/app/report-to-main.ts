import { call } from '../api/bridge';
import { useNavigation } from './navigation-store';
import { createPageErrorReporter } from './page-error-reporter';

/** The page's one reporter: errors go to main's log, which answers the id the user sees. */
export const reportPageError = createPageErrorReporter({
  send: async (report) => (await call('app/report-error', report)).errorId,
  now: () => Date.now(),
  view: () => useNavigation.getState().view,
});
