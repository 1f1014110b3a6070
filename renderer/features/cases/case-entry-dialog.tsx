import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { caseCategories, type CaseKind } from '@core/catalog';
import { beijingDateOf } from '@core/time';
import type { CaseEntryCheck, Partner } from '@main/ipc/contract';

import { ApiError } from '../../api/bridge';
import { formatDuration } from '../../ui/duration';
import { errorSentence } from '../../ui/error-sentence';
import { useApiCall } from '../../ui/use-api-call';
import { fromLocalInput, toLocalInput } from './case-time';
import { type NewCaseFields, useCases } from './cases-store';
import { EntryCheckNote } from './entry-check-note';
import { OpenedAtField } from './opened-at-field';

type Props = {
  partners: readonly Partner[];
  partnerId?: string;
  onDone: (message: string) => void;
  onClose: () => void;
};

type Draft = { partnerId: string; customer: string; kind: CaseKind; category: string; severity: string; openedAt: string; vendorRef: string; notes: string };

/** P2 / P3 / Q1-Q5 / C1: log a case, seeing before saving what the plan allows and when it is due. */
export function CaseEntryDialog({ partners, partnerId, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const { check, open, buyPack, setOpenedAtZone } = useCases.getState();
  const zone = useCases((s) => s.openedAtZone);
  const dialog = useRef<HTMLDialogElement>(null);
  const customerInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => ({
    partnerId: partnerId ?? '',
    customer: '',
    kind: 'technical',
    category: 'product-error-or-fault',
    severity: '',
    openedAt: toLocalInput(Date.now(), zone),
    vendorRef: '',
    notes: '',
  }));
  const [answer, setAnswer] = useState<{ key: string; check: CaseEntryCheck } | null>(null);
  const { busy, error, setError, run } = useApiCall();
  const [checks, setChecks] = useState(0);

  const openedAt = fromLocalInput(draft.openedAt, zone);
  const fields: NewCaseFields | null =
    draft.partnerId && openedAt
      ? {
          partnerId: draft.partnerId,
          customer: draft.customer,
          kind: draft.kind,
          category: draft.category as NewCaseFields['category'],
          ...(draft.severity ? { severity: draft.severity as NewCaseFields['severity'] } : {}),
          openedAt,
          vendorRef: draft.vendorRef,
          notes: draft.notes,
        }
      : null;
  // The check answers one draft; `round` asks again after a pack is bought.
  const key = JSON.stringify({ fields, round: checks });

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    // showModal focuses the first field; with the partner already chosen, start at the customer.
    if (partnerId) customerInput.current?.focus();
  }, [partnerId]);

  useEffect(() => {
    const parsed = (JSON.parse(key) as { fields: NewCaseFields | null }).fields;
    if (!parsed) return;
    let current = true;
    check(parsed)
      .then((c) => current && setAnswer({ key, check: c }))
      .catch((e: unknown) => {
        if (!(e instanceof ApiError)) throw e;
        if (current) setError(e.body);
      });
    return () => {
      current = false;
    };
  }, [key, check, setError]);

  const live = answer?.key === key ? answer.check : null;
  const severities = live?.severities ?? [];
  // P2: a severity the level does not offer is dropped when the partner or date changes.
  const severity = severities.some((s) => s.id === draft.severity) ? draft.severity : '';
  const set = <K extends keyof Draft>(name: K, value: Draft[K]) => setDraft((d) => ({ ...d, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!fields)
      return setError({ code: 'INVALID_INPUT', message: '', field: draft.partnerId ? 'openedAt' : 'partnerId', rule: 'too_small', data: { minimum: 1 } });
    const opened = await run(() => open({ ...fields, ...(severity ? { severity: severity as NewCaseFields['severity'] } : { severity: undefined }) }));
    if (!opened.ok) return;
    onDone(t('cases.done.opened', { partner: partners.find((p) => p.id === opened.value.partnerId)?.name ?? '' }));
    dialog.current?.close();
  };

  const onBuyPack = async () => {
    if (!fields) return;
    // Q2: a pack counts from its purchase date, so it is bought on the case's Beijing date.
    const bought = await run(() => buyPack(fields.partnerId, beijingDateOf(fields.openedAt)));
    if (bought.ok) setChecks((n) => n + 1);
  };

  // P3: a missing severity is the form's to ask for on save, not a refusal to show while typing.
  const refusal = error ?? (live?.refusal?.code === 'SEVERITY_REQUIRED' ? null : (live?.refusal ?? null));
  const input = (name: keyof Draft) => ({ id: `${id}-${name}`, value: draft[name], 'aria-invalid': refusal?.field === name || undefined });

  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} onClose={onClose} className="dialog wide">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{t('cases.form.title')}</h2>
        <div className="form-grid">
          <label htmlFor={`${id}-partnerId`}>{t('cases.form.partner')}</label>
          <select
            {...input('partnerId')}
            onChange={(e) => {
              set('partnerId', e.target.value);
              setError(null);
            }}
          >
            <option value="">{t('cases.form.choosePartner')}</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-customer`}>{t('cases.form.customer')}</label>
          <input {...input('customer')} ref={customerInput} maxLength={120} onChange={(e) => set('customer', e.target.value)} />
          <span id={`${id}-kind`} className="label">
            {t('cases.form.kind')}
          </span>
          <div role="radiogroup" aria-labelledby={`${id}-kind`} className="inline-choices">
            {(['technical', 'service'] as const).map((kind) => (
              <label key={kind}>
                <input
                  type="radio"
                  name={`${id}-kind`}
                  checked={draft.kind === kind}
                  onChange={() => {
                    setDraft((d) => ({ ...d, kind, category: caseCategories.find((c) => c.kind === kind)?.id ?? '' }));
                    setError(null);
                  }}
                />
                {t(`cases.kinds.${kind}`)}
              </label>
            ))}
          </div>
          <label htmlFor={`${id}-category`}>{t('cases.form.category')}</label>
          <select {...input('category')} onChange={(e) => set('category', e.target.value)}>
            {caseCategories
              .filter((c) => c.kind === draft.kind)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {t(`cases.categories.${c.id}`)}
                </option>
              ))}
          </select>
          <label htmlFor={`${id}-severity`}>{t('cases.form.severity')}</label>
          <div>
            {live?.level === 'basic' ? (
              <p className="plain-value">{t('cases.form.basicAcceptance')}</p>
            ) : (
              <select
                {...input('severity')}
                value={severity}
                aria-describedby={`${id}-advice`}
                onChange={(e) => {
                  set('severity', e.target.value);
                  setError(null);
                }}
              >
                <option value="">{t('cases.form.chooseSeverity')}</option>
                {severities.map((s) => (
                  <option key={s.id} value={s.id}>
                    {t('cases.form.severityOption', { severity: t(`catalog.severities.${s.id}`), target: formatDuration(t, s.targetMinutes) })}
                  </option>
                ))}
              </select>
            )}
            <small id={`${id}-advice`} className="hint">
              {t('cases.form.severityAdvice')}
            </small>
          </div>
          <label htmlFor={`${id}-openedAt`}>{t('cases.form.openedAt')}</label>
          <OpenedAtField
            id={`${id}-openedAt`}
            value={draft.openedAt}
            zone={zone}
            invalid={refusal?.field === 'openedAt'}
            onChange={(value) => {
              set('openedAt', value);
              setError(null);
            }}
            onZone={(next, value) => {
              setOpenedAtZone(next);
              set('openedAt', value);
            }}
          />
          <label htmlFor={`${id}-vendorRef`}>{t('cases.form.vendorRef')}</label>
          <input {...input('vendorRef')} maxLength={60} onChange={(e) => set('vendorRef', e.target.value)} />
          <label htmlFor={`${id}-notes`}>{t('cases.form.notes')}</label>
          <textarea {...input('notes')} rows={3} maxLength={4000} onChange={(e) => set('notes', e.target.value)} />
        </div>
        <EntryCheckNote check={live} refusal={refusal} onBuyPack={() => void onBuyPack()} sentence={refusal ? errorSentence(t, refusal) : null} />
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !fields}>
            {t('cases.form.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
