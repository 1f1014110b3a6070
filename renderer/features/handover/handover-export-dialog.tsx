import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Partner } from '@main/ipc/contract';
import type { HandoverExported } from '@main/ipc/contract/handover';

import { errorSentence } from '../../ui/error-sentence';
import { useStatus } from '../../ui/status-store';
import { useApiCall } from '../../ui/use-api-call';
import { useHandover } from './handover-store';
import { exportedSentence } from './handover-text';
import { chooseShown, chosenIds, eligiblePartners, shownPartners } from './partner-choice';

import './handover.css';

/**
 * Choose partners and save them, each with its whole history, to one file for a colleague.
 * Nothing on this desk changes. Not a form: Enter in the filter box must not save the file.
 */
export function HandoverExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [partners, setPartners] = useState<Partner[] | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [noneChosen, setNoneChosen] = useState(false);
  const [saved, setSaved] = useState<HandoverExported | null>(null);
  const listing = useApiCall();
  const saving = useApiCall();
  const showStatus = useStatus((s) => s.show);
  const { run: runListing } = listing;

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    void runListing(() => useHandover.getState().allPartners()).then((answer) => {
      if (answer.ok) setPartners(answer.value);
    });
  }, [runListing]);

  const eligible = useMemo(() => eligiblePartners(partners ?? [], includeArchived), [partners, includeArchived]);
  const shown = useMemo(() => shownPartners(eligible, filter), [eligible, filter]);
  const ids = chosenIds(chosen, eligible);

  const choose = (next: ReadonlySet<string>) => {
    setChosen(next);
    setNoneChosen(false);
  };
  const toggle = (partnerId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(partnerId);
    else next.delete(partnerId);
    choose(next);
  };
  const save = async () => {
    setSaved(null);
    if (ids.length === 0) {
      setNoneChosen(true);
      return;
    }
    const answer = await saving.run(() => useHandover.getState().exportPartners(ids));
    if (!answer.ok) return;
    setSaved(answer.value);
    if (answer.value.path !== null) showStatus(exportedSentence(t, answer.value));
  };

  const error = listing.error ?? saving.error;
  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`} onClose={onClose} className="dialog handover-dialog">
      <h2 id={`${id}-title`}>{t('handover.export.title')}</h2>
      <p id={`${id}-hint`} className="hint">
        {t('handover.export.hint')}
      </p>
      <div className="handover-filter">
        <label htmlFor={`${id}-filter`}>{t('handover.export.filter')}</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          autoFocus
          placeholder={t('handover.export.filterPlaceholder')}
          onChange={(e) => setFilter(e.target.value)}
        />
        <label className="handover-check">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          {t('handover.export.includeArchived')}
        </label>
      </div>
      <div className="handover-bulk">
        <button type="button" disabled={shown.length === 0} onClick={() => choose(chooseShown(chosen, shown, true))}>
          {t('handover.export.selectShown')}
        </button>
        <button type="button" disabled={shown.length === 0} onClick={() => choose(chooseShown(chosen, shown, false))}>
          {t('handover.export.clearShown')}
        </button>
        <span className="handover-chosen" role="status">
          {t('handover.export.chosen', { count: ids.length, total: eligible.length })}
        </span>
      </div>
      {partners && shown.length === 0 && <p className="empty">{t(eligible.length === 0 ? 'handover.export.none' : 'handover.export.noMatch')}</p>}
      {shown.length > 0 && (
        <fieldset className="handover-choices">
          <legend>{t('handover.export.listLabel')}</legend>
          <ul>
            {shown.map((p) => (
              <li key={p.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
                  <span className="handover-name">{p.name}</span>
                  {p.archived && <span className="handover-tag">{t('handover.export.archived')}</span>}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {(error || noneChosen) && (
        <p role="alert" className="form-error">
          {error ? errorSentence(t, error) : t('handover.export.noneChosen')}
        </p>
      )}
      {saved && (
        <p role="status" className="handover-done">
          {exportedSentence(t, saved)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t(saved?.path ? 'common.close' : 'common.cancel')}
        </button>
        <button type="button" className="primary" disabled={saving.busy} onClick={() => void save()}>
          {t('handover.export.save')}
        </button>
      </div>
    </dialog>
  );
}
