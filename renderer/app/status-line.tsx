import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useStatus } from '../ui/status-store';
import { useNavigation } from './navigation-store';

/**
 * One live region for confirmations and refusals, so screen readers hear them too. A message
 * belongs to the screen and the language it was said on: it goes when the user moves to another
 * screen (another view, partner or report) or switches language, rather than lingering, worded in
 * the old language, over a screen it does not speak of.
 */
export function StatusLine() {
  const { t, i18n } = useTranslation();
  const message = useStatus((s) => s.message);
  const tone = useStatus((s) => s.tone);
  const clear = useStatus((s) => s.clear);

  // Subscribed rather than an effect on the screen: the store's change clears at once, so a
  // message shown just after moving (a partner created, then opened) stays.
  useEffect(
    () =>
      useNavigation.subscribe((now, before) => {
        if (now.view !== before.view || now.partnerId !== before.partnerId || now.report !== before.report) useStatus.getState().clear();
      }),
    [],
  );
  useEffect(() => {
    const onLanguage = () => useStatus.getState().clear();
    i18n.on('languageChanged', onLanguage);
    return () => i18n.off('languageChanged', onLanguage);
  }, [i18n]);

  return (
    <div className={`status-line ${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live={tone === 'error' ? 'assertive' : 'polite'}>
      {message && (
        <>
          <span>{message}</span>
          <button type="button" onClick={clear}>
            {t('common.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
