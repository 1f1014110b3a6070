import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DialogFormFooter } from '../../ui/dialog-form-footer';
import { useApiCall } from '../../ui/use-api-call';
import { useSync } from './sync-store';

/** A manager id as tokens carry it (the contract's sync/assign schema). */
const MANAGER_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

type Props = { partnerId: string; partnerName: string; onDone: (manager: string) => void; onClose: () => void };

/** Hands a partner to another manager of the team: its documents move to their index (sync/assign). */
export function AssignDialog({ partnerId, partnerName, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const self = useSync((s) => s.status?.manager ?? null);
  const [manager, setManager] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useApiCall();

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = manager.trim();
    const wrong = !MANAGER_ID.test(chosen) ? t('sync.assign.managerInvalid') : chosen === self ? t('sync.assign.same', { name: partnerName }) : null;
    setProblem(wrong);
    if (wrong) return;
    const answer = await run(() => useSync.getState().assign(partnerId, chosen));
    if (!answer.ok) return;
    onDone(answer.value.manager);
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{t('sync.assign.title', { name: partnerName })}</h2>
        <p id={`${id}-what`}>{t('sync.assign.what')}</p>
        <div className="form-grid">
          <label htmlFor={`${id}-manager`}>{t('sync.assign.manager')}</label>
          <span>
            <input
              id={`${id}-manager`}
              type="text"
              spellCheck={false}
              autoComplete="off"
              value={manager}
              aria-describedby={`${id}-hint`}
              aria-invalid={problem !== null || undefined}
              onChange={(e) => setManager(e.target.value)}
            />
            <small id={`${id}-hint`} className="hint">
              {t('sync.assign.managerHint')}
            </small>
          </span>
        </div>
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
        <DialogFormFooter error={error} busy={busy} submitLabel={t('sync.assign.confirm')} onCancel={() => dialog.current?.close()} />
      </form>
    </dialog>
  );
}
