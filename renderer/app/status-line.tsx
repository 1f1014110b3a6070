import { useTranslation } from 'react-i18next';
import { useStatus } from '../ui/status-store';

/** One live region for confirmations and refusals, so screen readers hear them too. */
export function StatusLine() {
  const { t } = useTranslation();
  const message = useStatus((s) => s.message);
  const tone = useStatus((s) => s.tone);
  const clear = useStatus((s) => s.clear);
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
