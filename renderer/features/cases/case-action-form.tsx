import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CaseActionName } from '@core/cases';
import { planOf, type SeverityId, severityIds } from '@core/catalog';
import type { CaseRecordStored, ErrorBody } from '@main/ipc/contract';

import { DateTimeField } from '../../ui/date-field-time';
import { errorSentence } from '../../ui/error-sentence';
import { useApiCall } from '../../ui/use-api-call';
import { fromLocalInput, toLocalInput } from './case-time';
import { type CaseChange, useCases } from './cases-store';

type Props = { record: CaseRecordStored; action: CaseActionName; onApplied: (updated: CaseRecordStored) => void; onCancel: () => void };

/** The few fields one lifecycle action needs; main checks them again (C2, C3, Q4). */
export function CaseActionForm({ record, action, onApplied, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [respondedAt, setRespondedAt] = useState(() => toLocalInput(Date.now()));
  const [respondedBy, setRespondedBy] = useState('');
  // P2: the severities the case's level offers, other than the one in force.
  const current = record.correctedSeverity ?? record.severity;
  const choices = severityIds.filter((s) => planOf(record.level).responseTargets[s] !== undefined && s !== current);
  const [severity, setSeverity] = useState<SeverityId | ''>(choices[0] ?? '');
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useApiCall();

  const change = (): CaseChange | ErrorBody => {
    if (action === 'respond') {
      const at = fromLocalInput(respondedAt);
      if (!at) return { code: 'INVALID_INPUT', message: '', field: 'respondedAt', rule: 'invalid_format' };
      return { action, respondedAt: at, respondedBy };
    }
    if (action === 'correct-severity') return { action, severity: severity as SeverityId, reason };
    return { action, reason };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const request = change();
    if (!('action' in request)) return setError(request);
    const updated = await run(() => useCases.getState().update(record.id, request));
    if (updated.ok) onApplied(updated.value);
  };

  const reasonRequired = action === 'void' || action === 'correct-severity';
  return (
    <form className="card action-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="subhead">
        {t(`cases.actions.${action}`)}
      </h3>
      <p className="hint">{t(`cases.actionHints.${action}`)}</p>
      {error && (
        <p role="alert" className="form-error">
          {errorSentence(t, error)}
        </p>
      )}
      <div className="form-grid">
        {action === 'respond' && (
          <>
            <label htmlFor={`${id}-at`}>{t('cases.form.respondedAt')}</label>
            <DateTimeField
              id={`${id}-at`}
              label={t('cases.form.respondedAt')}
              value={respondedAt}
              invalid={error?.field === 'respondedAt'}
              autoFocus
              onChange={setRespondedAt}
            />
            <label htmlFor={`${id}-by`}>{t('cases.form.respondedBy')}</label>
            <input id={`${id}-by`} value={respondedBy} maxLength={120} onChange={(e) => setRespondedBy(e.target.value)} />
          </>
        )}
        {action === 'correct-severity' && (
          <>
            <label htmlFor={`${id}-severity`}>{t('cases.form.correctTo')}</label>
            <select id={`${id}-severity`} value={severity} autoFocus onChange={(e) => setSeverity(e.target.value as SeverityId)}>
              {choices.map((s) => (
                <option key={s} value={s}>
                  {t(`catalog.severities.${s}`)}
                </option>
              ))}
            </select>
          </>
        )}
        {action !== 'respond' && (
          <>
            <label htmlFor={`${id}-reason`}>{t(reasonRequired ? 'cases.form.reasonRequired' : 'cases.form.reason')}</label>
            <textarea
              id={`${id}-reason`}
              value={reason}
              rows={2}
              maxLength={500}
              required={reasonRequired}
              autoFocus={action !== 'correct-severity'}
              onChange={(e) => setReason(e.target.value)}
            />
          </>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t(`cases.actions.${action}`)}
        </button>
      </div>
    </form>
  );
}
