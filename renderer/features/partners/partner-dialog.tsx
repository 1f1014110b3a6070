import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PARTNER_TYPES } from '@core/partners';
import type { ErrorBody, Partner, PartnerFields } from '@main/ipc/contract';

import { ApiError } from '../../api/bridge';
import { errorSentence } from '../../ui/error-sentence';

const BLANK: PartnerFields = { name: '', type: 'consulting', contactName: '', contactEmail: '', contactPhone: '', notes: '' };
const fieldsOf = ({ name, type, contactName, contactEmail, contactPhone, notes }: Partner): PartnerFields => ({
  name,
  type,
  contactName,
  contactEmail,
  contactPhone,
  notes,
});
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the browser can make before asking main, worded like main's own refusals. */
function localCheck(fields: PartnerFields): ErrorBody | null {
  if (fields.name.trim() === '') return { code: 'INVALID_INPUT', message: '', field: 'name', rule: 'too_small', data: { minimum: 1 } };
  if (fields.contactEmail.trim() !== '' && !EMAIL.test(fields.contactEmail.trim()))
    return { code: 'INVALID_INPUT', message: '', field: 'contactEmail', rule: 'invalid_format' };
  return null;
}

type Props = {
  /** The partner to edit, or null for a new one. */
  partner: Partner | null;
  onSubmit: (fields: PartnerFields) => Promise<unknown>;
  onClose: () => void;
};

export function PartnerDialog({ partner, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [fields, setFields] = useState<PartnerFields>(() => (partner ? fieldsOf(partner) : BLANK));
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = { ...fields, name: fields.name.trim(), contactEmail: fields.contactEmail.trim() };
    const problem = localCheck(trimmed);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      await onSubmit(trimmed);
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught.body);
      else throw caught;
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof PartnerFields) => ({
    id: `${id}-${name}`,
    value: fields[name],
    'aria-invalid': error?.field === name || undefined,
    'aria-describedby': error?.field === name ? `${id}-error` : undefined,
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
  });
  const title = partner ? t('partners.form.editTitle', { name: partner.name }) : t('partners.form.createTitle');

  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} onClose={onClose} className="dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        {error && (
          <p id={`${id}-error`} role="alert" className="form-error">
            {errorSentence(t, error)}
          </p>
        )}
        <div className="form-grid">
          <label htmlFor={`${id}-name`}>{t('partners.form.name')}</label>
          <input {...field('name')} required autoFocus maxLength={120} />
          <label htmlFor={`${id}-type`}>{t('partners.form.type')}</label>
          <div>
            <select {...field('type')} aria-describedby={`${id}-type-hint`}>
              {PARTNER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`partners.types.${type}`)}
                </option>
              ))}
            </select>
            <small id={`${id}-type-hint`} className="hint">
              {t('partners.typeHint')}
            </small>
          </div>
          <label htmlFor={`${id}-contactName`}>{t('partners.form.contactName')}</label>
          <input {...field('contactName')} maxLength={120} />
          <label htmlFor={`${id}-contactEmail`}>{t('partners.form.contactEmail')}</label>
          <input {...field('contactEmail')} type="email" />
          <label htmlFor={`${id}-contactPhone`}>{t('partners.form.contactPhone')}</label>
          <input {...field('contactPhone')} type="tel" maxLength={40} />
          <label htmlFor={`${id}-notes`}>{t('partners.form.notes')}</label>
          <textarea {...field('notes')} rows={3} maxLength={2000} />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
