import { type ChangeEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { errorSentence } from '../../ui/error-sentence';
import { useStatus } from '../../ui/status-store';
import { HandoverPreviewView } from './handover-preview';
import { useHandover } from './handover-store';
import { appliedText, importedSentence } from './handover-text';

import './handover.css';

/**
 * Choose a hand-over file, see what it brings, then import all of it or nothing. Nothing is
 * stored before the Import button; main then checks that the file is the one previewed.
 */
export function HandoverImportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const preview = useHandover((s) => s.preview);
  const applied = useHandover((s) => s.applied);
  const error = useHandover((s) => s.error);
  const busy = useHandover((s) => s.busy);
  const { previewText, apply, reset } = useHandover.getState();
  const showStatus = useStatus((s) => s.show);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    return reset;
  }, [reset]);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // A hand-over file is UTF-8 text; its byte-order mark, if an editor added one, is dropped.
    if (file) await previewText(await file.text());
  };
  const doImport = async () => {
    const done = await apply();
    // The status line, which stays once the dialog is closed, says what arrived; the dialog says the rest.
    if (done) showStatus(importedSentence(t, done, i18n.language));
  };

  const totals = preview?.totals;
  const incoming = totals ? totals.newPartners + totals.changedPartners : 0;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
      onClose={onClose}
      className={`dialog handover-dialog${preview ? ' wide-preview' : ''}`}
    >
      <h2 id={`${id}-title`}>{t('handover.import.title')}</h2>
      <p id={`${id}-hint`} className="hint">
        {t('handover.import.hint')}
      </p>
      <div className="handover-source">
        <label htmlFor={`${id}-file`}>{t('handover.import.file')}</label>
        <input id={`${id}-file`} type="file" disabled={busy} onChange={(e) => void chooseFile(e)} />
      </div>
      {busy && !preview && <p role="status">{t('handover.import.reading')}</p>}
      {error && (
        <p role="alert" className="form-error">
          {errorSentence(t, error)}
        </p>
      )}
      {preview && <HandoverPreviewView preview={preview} />}
      {preview && !applied && incoming === 0 && <p className="handover-done">{t('handover.import.nothingNew')}</p>}
      {applied && (
        <p role="status" className="handover-done">
          {appliedText(t, applied, i18n.language)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t(applied ? 'common.close' : 'common.cancel')}
        </button>
        {preview && !applied && incoming > 0 && (
          <button type="button" className="primary" disabled={busy} onClick={() => void doImport()}>
            {t('handover.import.confirm', { count: incoming })}
          </button>
        )}
      </div>
    </dialog>
  );
}
