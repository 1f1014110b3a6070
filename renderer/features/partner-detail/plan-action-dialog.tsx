import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type Level, levels as LEVELS } from '@core/catalog';
import type { ErrorBody, PlanAction, PlanQuote } from '@main/ipc/contract';

import { ApiError } from '../../api/bridge';
import { DateField } from '../../ui/date-field';
import { errorSentence } from '../../ui/error-sentence';
import { QuoteBreakdown } from './quote-breakdown';

export type ActionKind = 'subscribe' | 'change' | 'unsubscribe' | 'renew';

type Props = {
  kind: ActionKind;
  today: string;
  currentLevel: Level | null;
  quote: (request: PlanAction) => Promise<PlanQuote>;
  apply: (request: PlanAction) => Promise<unknown>;
  onDone: (quote: PlanQuote) => void;
  onClose: () => void;
};

/**
 * S1 / S4 / M3-M6: the form for a plan action, with the quote shown (and kept up to date)
 * before anything is recorded, and the warnings the vendor's rules raise.
 */
export function PlanActionDialog({ kind, today, currentLevel, quote, apply, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [date, setDate] = useState(today);
  const [billing, setBilling] = useState<'monthly' | 'yearly'>('yearly');
  // The likeliest change: one step up, or one step down from the top.
  const firstOther: Level = currentLevel === 'standard' ? 'premier' : 'standard';
  const [level, setLevel] = useState<Level>(kind === 'subscribe' ? 'standard' : firstOther);
  // The quote answers one request; it is shown (and can be confirmed) only while that request is
  // still the one on screen, never a stale answer to an earlier date or level.
  const [answered, setAnswered] = useState<{ key: string; quote: PlanQuote } | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const request: PlanAction =
    kind === 'subscribe'
      ? { action: 'subscribe', start: date, billing, level }
      : kind === 'renew'
        ? { action: 'renew' }
        : { action: 'change', on: date, level: kind === 'unsubscribe' ? null : level };
  const requestKey = JSON.stringify(request);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    const parsed = JSON.parse(requestKey) as PlanAction;
    quote(parsed)
      .then((q) => current && (setAnswered({ key: requestKey, quote: q }), setError(null)))
      .catch((e: unknown) => {
        if (!current) return;
        setAnswered(null);
        if (e instanceof ApiError) setError(e.body);
      });
    return () => {
      current = false;
    };
  }, [requestKey, quote]);

  const preview = answered?.key === requestKey ? answered.quote : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!preview) return;
    setBusy(true);
    try {
      await apply(request);
      onDone(preview);
      dialog.current?.close();
    } catch (e) {
      if (e instanceof ApiError) setError(e.body);
      else throw e;
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog wide" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{t(`partnerDetail.actions.${kind}`)}</h2>
        <div className="form-grid">
          {kind !== 'renew' && (
            <>
              <label htmlFor={`${id}-date`}>{t(kind === 'subscribe' ? 'partnerDetail.form.start' : 'partnerDetail.form.on')}</label>
              <div>
                <DateField id={`${id}-date`} value={date} required describedBy={`${id}-date-hint`} onChange={setDate} />
                <small id={`${id}-date-hint`} className="hint">
                  {t('partnerDetail.form.beijingDate')}
                </small>
              </div>
            </>
          )}
          {kind === 'subscribe' && (
            <>
              <label htmlFor={`${id}-billing`}>{t('partnerDetail.form.billing')}</label>
              <select id={`${id}-billing`} value={billing} onChange={(e) => setBilling(e.target.value as 'monthly' | 'yearly')}>
                <option value="yearly">{t('catalog.billing.yearly')}</option>
                <option value="monthly">{t('catalog.billing.monthly')}</option>
              </select>
            </>
          )}
          {(kind === 'subscribe' || kind === 'change') && (
            <>
              <label htmlFor={`${id}-level`}>{t(kind === 'subscribe' ? 'partnerDetail.form.level' : 'partnerDetail.form.newLevel')}</label>
              <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value as Level)}>
                {LEVELS.filter((l) => kind === 'subscribe' || l !== currentLevel).map((l) => (
                  <option key={l} value={l}>
                    {t(`catalog.levels.${l}`)}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
        <section aria-label={t('partnerDetail.quote.title')} aria-live="polite" className="quote">
          {error && (
            <p role="alert" className="form-error">
              {errorSentence(t, error)}
            </p>
          )}
          {preview && <QuoteBreakdown quote={preview} />}
        </section>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !preview}>
            {t(`partnerDetail.confirm.${kind}`)}
          </button>
        </div>
      </form>
    </dialog>
  );
}
