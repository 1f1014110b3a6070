import { listenForPageErrors } from './app/page-error-reporter';
import { reportPageError } from './app/report-to-main';
import { firstToday } from './features/today/today-store';
import { loaders, systemLanguage } from './i18n/language';

import './ui/styles.css';

// First, so that even a failure to start is in the log a user can send.
listenForPageErrors(window, reportPageError);
// This first script is small, so three things start at once, as early as the page can: main
// works out the first screen's items, the strings of the language in use load, and so does the
// app (start.tsx), which shows the items (TodayRefresh) or reports their failure. A failure to
// load the strings is reported when the app asks for them again.
firstToday().catch(() => undefined);
loaders[systemLanguage()]().catch(() => undefined);
await import('./start');
