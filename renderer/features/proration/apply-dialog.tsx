import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { question: string; detail: string; onConfirm: () => Promise<void>; onClose: () => void };

/** Asks once before a change is recorded: applying writes charges to the partner's account. */
export function ApplyDialog({ question, detail, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const confirm = () => {
    setBusy(true);
    onConfirm().finally(() => {
      setBusy(false);
      dialog.current?.close();
    });
  };

  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-detail`} onClose={onClose} className="dialog">
      <h2 id={`${id}-title`}>{question}</h2>
      <p id={`${id}-detail`}>{detail}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={confirm}>
          {t('proration.actions.confirmApply')}
        </button>
      </div>
    </dialog>
  );
}
