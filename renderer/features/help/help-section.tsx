import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useHelp } from './help-store';

import './help.css';

/** Settings → Help: the same About and Save diagnostics… as the native Help menu. */
export function HelpSection() {
  const { t } = useTranslation();
  const id = useId();
  const show = useHelp((s) => s.show);
  return (
    <section aria-labelledby={`${id}-title`} className="card help-section">
      <h2 id={`${id}-title`}>{t('help.title')}</h2>
      <p className="hint">{t('help.note')}</p>
      <div className="card-actions">
        <button type="button" onClick={() => show('about')}>
          {t('help.about')}
        </button>
        <button type="button" onClick={() => show('save-diagnostics')}>
          {t('help.saveDiagnostics')}
        </button>
      </div>
    </section>
  );
}
