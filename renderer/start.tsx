import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { reportPageError } from './app/report-to-main';
import { initI18n } from './i18n/i18n';

// The app itself, loaded by main.tsx beside the first screen's items and the strings.

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
