import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { HelpDialogs } from '../features/help/help-dialogs';
import { SampleBanner } from '../features/sample/sample-banner';
import { SearchPalette } from '../features/search/search-palette';
import { useSettings } from '../features/settings/settings-store';
import { SlaTicker } from '../features/sla/sla-ticker';
import { SyncIndicator } from '../features/sync/sync-indicator';
import { TodayRefresh } from '../features/today/today-refresh';
import { TodayView } from '../features/today/today-view';
import { useReportError } from '../ui/use-report-error';
import { CalendarReminder } from './calendar-reminder';
import { DataNotices } from './data-notices';
import { Navigation } from './navigation';
import { useNavigation } from './navigation-store';
import { PriceBookReminder } from './price-book-reminder';
import { useScreens } from './screens-loader';
import { StatusLine } from './status-line';

export function App() {
  const { t } = useTranslation();
  const view = useNavigation((s) => s.view);
  // The first screen waits for the choice between Today and Partners (TodayRefresh).
  const started = useNavigation((s) => s.started);
  const opened = useNavigation((s) => s.opened);
  const loadSettings = useSettings((s) => s.load);
  const report = useReportError();

  // Once the first screen is on, the other screens load while the manager reads it; at once when one of theirs is wanted.
  const { screens, failed } = useScreens(started && (view !== 'today' || opened !== null), started);

  useEffect(() => {
    loadSettings().catch(report);
    // Load once at start; report changes with the language the settings set.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadSettings]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-title">{t('app.title')}</span>
        <SyncIndicator />
      </header>
      <Navigation />
      <main id="main" tabIndex={-1} className="app-main">
        <DataNotices />
        <SampleBanner />
        <PriceBookReminder />
        <CalendarReminder />
        {started && view === 'today' && <TodayView />}
        {started && view !== 'today' && (screens ? <screens.Screens /> : failed && <ScreensFailed />)}
      </main>
      <StatusLine />
      <HelpDialogs />
      <SearchPalette />
      {opened && screens && <screens.OpenedRecordHost />}
      <TodayRefresh />
      {/* Asks for the SLA board (thousands of clocks) once the first screen is chosen. */}
      <SlaTicker />
    </div>
  );
}

/** The other screens' chunk could not be loaded (the app's files replaced while it ran, say): a reload loads them anew. */
function ScreensFailed() {
  const { t } = useTranslation();
  return (
    <div className="form-error" role="alert">
      <p>{t('app.screensFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
