import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { en } from '@locales/en';

import { useReportError } from '../../ui/use-report-error';
import { useSettings } from './settings-store';

import './restart-offer.css';

/**
 * A new language reaches the page at once, but the built-in controls (date pickers, file
 * dialogs) take the language main gave them at start: offer the restart that switches them.
 */
export function RestartOffer({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const startedIn = useSettings((s) => s.startedIn);
  const [restarting, setRestarting] = useState(false);
  const report = useReportError();
  const changed = startedIn !== null && i18n.language !== startedIn;

  const restart = async () => {
    setRestarting(true);
    try {
      await useSettings.getState().restart();
    } catch (error) {
      setRestarting(false);
      report(error);
    }
  };

  // The region is always there, so a screen reader reads the offer when it appears.
  return (
    <div id={id} aria-live="polite" className="restart-offer">
      {changed && (
        <p className="hint">
          <span>{t('settings.restartOffer', { language: t(`settings.languages.${i18n.language as keyof typeof en.settings.languages}`) })}</span>
          <button type="button" disabled={restarting} onClick={() => void restart()}>
            {t('settings.restartNow')}
          </button>
        </p>
      )}
    </div>
  );
}
