import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { errorSentence } from '../../ui/error-sentence';
import { useApiCall } from '../../ui/use-api-call';
import { yearRange } from '../settings/calendar-text';
import { useHelp } from './help-store';
import { LicenceList } from './licence-list';

/** Help → About: the versions, the folders and the calendar in use, and what the app is built from. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const about = useHelp((s) => s.about);
  const loading = useApiCall();
  const folder = useApiCall();
  const { run: load } = loading;

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    // Asked each time: the calendar may have been imported since.
    void load(() => useHelp.getState().loadAbout());
  }, [load]);

  const runtime = about?.runtime;
  const outsideDesktop = t('about.notInDesktopApp');
  const error = loading.error ?? folder.error;

  return (
    <dialog ref={dialog} className="dialog wide about-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('about.title')}</h2>
      {error && (
        <p role="alert" className="form-error">
          {errorSentence(t, error)}
        </p>
      )}
      {!about && !loading.error && <p>{t('common.loading')}</p>}
      {about && runtime && (
        <>
          <dl className="about-facts">
            <dt>{t('about.version')}</dt>
            <dd>{runtime.version}</dd>
            <dt>{t('about.electron')}</dt>
            <dd>{runtime.electron ?? outsideDesktop}</dd>
            <dt>{t('about.chromium')}</dt>
            <dd>{runtime.chromium ?? outsideDesktop}</dd>
            <dt>{t('about.node')}</dt>
            <dd>{runtime.node}</dd>
            <dt>{t('about.v8')}</dt>
            <dd>{runtime.v8}</dd>
            <dt>{t('about.os')}</dt>
            <dd>{runtime.os}</dd>
            <dt>{t('about.dataFolder')}</dt>
            <dd className="about-folder">
              <code>{about.dataDir}</code>
              <button type="button" disabled={folder.busy} onClick={() => void folder.run(() => useHelp.getState().showDataFolder())}>
                {t('about.showInFolder')}
              </button>
            </dd>
            <dt>{t('about.logsFolder')}</dt>
            <dd>
              <code>{about.logsDir}</code>
            </dd>
            <dt>{t('about.calendar')}</dt>
            <dd>{t('about.calendarCoverage', { range: yearRange(about.calendar), source: about.calendar.source })}</dd>
          </dl>
          <LicenceList licences={about.licences} />
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => dialog.current?.close()}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
