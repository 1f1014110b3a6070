import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DialogFormFooter } from '../../ui/dialog-form-footer';
import { useStatus } from '../../ui/status-store';
import { useApiCall } from '../../ui/use-api-call';
import { byteSize } from './byte-size';
import { useHelp } from './help-store';

/** Help → Save diagnostics…: what the archive holds, partner data only when the user asks for it. */
export function DiagnosticsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [includeData, setIncludeData] = useState(false);
  const { busy, error, run } = useApiCall();
  const showStatus = useStatus((s) => s.show);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => useHelp.getState().saveDiagnostics(includeData));
    if (!result.ok) return;
    const saved = result.value;
    // A cancelled save dialog answers no path: nothing was written, so nothing is said.
    if (saved.path) showStatus(t('diagnostics.saved', { path: saved.path, count: saved.files, size: byteSize(saved.bytes, i18n.language) }));
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-contains`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-title`}>{t('diagnostics.title')}</h2>
        <p id={`${id}-contains`}>{t('diagnostics.contains')}</p>
        <label className="check">
          <input
            type="checkbox"
            checked={includeData}
            aria-describedby={includeData ? `${id}-warning` : undefined}
            onChange={(e) => setIncludeData(e.target.checked)}
          />
          {t('diagnostics.includeData')}
        </label>
        {includeData && (
          <p id={`${id}-warning`} className="warning">
            {t('diagnostics.includeDataWarning')}
          </p>
        )}
        <DialogFormFooter error={error} busy={busy} submitLabel={t('diagnostics.save')} onCancel={() => dialog.current?.close()} />
      </form>
    </dialog>
  );
}
