import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { listenForPageErrors } from './app/page-error-reporter';
import { reportPageError } from './app/report-to-main';
import { firstToday } from './features/today/today-store';
import { initI18n } from './i18n/i18n';

import './ui/styles.css';

// First, so that even a failure to start is in the log a user can send.
listenForPageErrors(window, reportPageError);
// Main works out the first screen's items while the page loads its strings; TodayRefresh shows
// the answer, or reports its failure.
firstToday().catch(() => undefined);
// The strings of the language in use are loaded before the first paint, so no screen shows keys.
await initI18n().catch((error: unknown) => {
  // The app still starts; the crash screen and the reports fall back to English.
  void reportPageError('error', error);
});
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary report={reportPageError}>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
