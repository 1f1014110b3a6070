import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { listen } from '../../api/bridge';
import { errorSentence } from '../../ui/error-sentence';
import { useStatus } from '../../ui/status-store';
import { useCaseImport } from './case-import-store';
import { ImportPreviewTable } from './import-preview-table';
import { ImportProgressBar } from './import-progress';
import { ImportReadNote, ImportTimes } from './import-times';

import './case-import.css';

/**
 * Choose a file or paste its text, see every row's outcome, then confirm. Nothing is stored
 * before the confirm button; main checks every row again then (the data may have changed).
 */
export function ImportCasesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [pasted, setPasted] = useState('');
  const preview = useCaseImport((s) => s.preview);
  const result = useCaseImport((s) => s.result);
  const error = useCaseImport((s) => s.error);
  const busy = useCaseImport((s) => s.busy);
  const { previewFile, previewCsv, confirm, reset, progressed } = useCaseImport.getState();
  const showStatus = useStatus((s) => s.show);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // How far main got with a long file, pushed while it works.
    const stop = listen('cases/import-progress', progressed);
    return () => {
      stop();
      reset();
    };
  }, [reset, progressed]);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The bytes, not file.text(): a file Excel saved on Chinese Windows is GBK, not UTF-8 (see decodeFile).
    if (file) await previewFile(new Uint8Array(await file.arrayBuffer()));
  };
  const doImport = async () => {
    const done = await confirm();
    if (done) showStatus(t('caseImport.done', { count: done.stored, skipped: done.counts.total - done.stored }));
  };

  const counts = preview?.counts;
  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint ${id}-safe`} onClose={onClose} className="dialog import-dialog">
      <h2 id={`${id}-title`}>{t('caseImport.title')}</h2>
      <p id={`${id}-hint`} className="hint">
        {t('caseImport.hint')}
      </p>
      <p id={`${id}-safe`} className="hint">
        {t('caseImport.nothingStored')}
      </p>
      <ImportTimes />
      <div className="import-source">
        <label htmlFor={`${id}-file`}>{t('caseImport.file')}</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => void chooseFile(e)} />
        <label htmlFor={`${id}-paste`}>{t('caseImport.paste')}</label>
        <div>
          <textarea id={`${id}-paste`} rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          <button type="button" disabled={busy || pasted.trim() === ''} onClick={() => void previewCsv(pasted)}>
            {t('caseImport.preview')}
          </button>
        </div>
      </div>
      <ImportProgressBar />
      {error && (
        <p role="alert" className="form-error">
          {errorSentence(t, error)}
        </p>
      )}
      {counts && !result && (
        <p className="import-summary" aria-live="polite">
          {t('caseImport.summary', { count: counts.total, ok: counts.ok, skipped: counts.total - counts.ok })}
        </p>
      )}
      {result && (
        <p className="import-summary" role="status">
          {t('caseImport.done', { count: result.stored, skipped: result.counts.total - result.stored })}
        </p>
      )}
      {preview && <ImportReadNote timeZone={preview.timeZone} />}
      {preview && <ImportPreviewTable rows={preview.rows} timeZone={preview.timeZone} stored={result !== null} />}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t(result ? 'common.close' : 'common.cancel')}
        </button>
        {counts && !result && (
          <button type="button" className="primary" disabled={busy || counts.ok === 0} onClick={() => void doImport()}>
            {t('caseImport.confirm', { count: counts.ok })}
          </button>
        )}
      </div>
    </dialog>
  );
}
