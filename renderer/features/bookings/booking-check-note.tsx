import { useTranslation } from 'react-i18next';

import type { DomainWarning } from '@core/errors';
import type { BookingCheck, ErrorBody } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';
import { warningSentence } from '../../ui/error-sentence';
import type { Kind } from './booking-draft';
import { bookingRefusal } from './booking-refusal';

/** `refusalId`: the refusal's element, which the form's Book (or Reschedule) button is described by while it is disabled. */
type Props = { kind: Kind; complete: boolean; check: BookingCheck | null; error: ErrorBody | null; refusalId: string; onUseDate: (date: string) => void };

/** The refusal the form is showing, from the last save or the live check; while there is one, the form cannot be sent. */
export const shownRefusal = (check: BookingCheck | null, error: ErrorBody | null): ErrorBody | null => error ?? check?.refusal ?? null;

/** T4 and B1-B3 before the user picks: the earliest date, the quota left, and why a date is refused. */
export function BookingCheckNote({ kind, complete, check, error, refusalId, onUseDate }: Props) {
  const { t, i18n } = useTranslation();
  const date = (d: string) => formatDate(d, i18n.language);
  const refusal = shownRefusal(check, error);
  const next = error ? (typeof error.data?.nextDate === 'string' ? error.data.nextDate : null) : (check?.nextDate ?? null);
  const { kea, consulting, training } = check?.balances ?? { kea: null, consulting: null, training: null };
  return (
    <div className="quote entry-check booking-check" aria-live="polite">
      {check && (
        <dl>
          <dt>{t('bookings.form.appliedOn')}</dt>
          <dd>{date(check.today)}</dd>
          {check.earliest && (
            <>
              <dt>{t('bookings.form.earliest')}</dt>
              <dd data-testid="earliest">{date(check.earliest)}</dd>
            </>
          )}
          {kind === 'kea' && (
            <>
              <dt>{t('bookings.form.keaLeft')}</dt>
              <dd>
                {kea ? t('bookings.form.keaLeftValue', { left: kea.left, quota: kea.quota, until: date(kea.serviceYearEnd) }) : t('bookings.form.notOffered')}
              </dd>
            </>
          )}
          {kind === 'consulting' && (
            <>
              <dt>{t('bookings.form.consultingLeft')}</dt>
              <dd>
                {consulting
                  ? t('bookings.form.consultingLeftValue', {
                      left: consulting.left,
                      quota: consulting.quota,
                      until: date(consulting.serviceYearEnd),
                      maxHours: consulting.maxHours,
                    })
                  : t('bookings.form.notOffered')}
              </dd>
            </>
          )}
          {kind === 'training' && (
            <>
              <dt>{t('bookings.form.trainingMonth')}</dt>
              <dd>
                {training
                  ? t('bookings.form.trainingMonthValue', { used: training.organizedThisMonth, allowed: training.organizedPerMonth })
                  : t('bookings.form.notOffered')}
              </dd>
              <dt>{t('bookings.form.onsiteYear')}</dt>
              <dd>
                {training && training.onsitePerServiceYear > 0
                  ? t('bookings.form.onsiteYearValue', { used: training.onsiteThisServiceYear, allowed: training.onsitePerServiceYear })
                  : t('bookings.form.notOffered')}
              </dd>
            </>
          )}
        </dl>
      )}
      {check?.warnings.map((w) => (
        <p key={w.code} className="warning" role="note">
          {warningSentence(t, w as DomainWarning, i18n.language)}
        </p>
      ))}
      {refusal ? (
        <div role="alert" className="form-error">
          <RefusalSentence id={refusalId} refusal={refusal} />
          {next && (
            <button type="button" className="primary" onClick={() => onUseDate(next)}>
              {t('bookings.form.useDate', { date: date(next) })}
            </button>
          )}
        </div>
      ) : (
        complete && check && <p className="ok-note">{t('bookings.form.ok')}</p>
      )}
    </div>
  );
}

/** A plain sentence, then the rule behind it as a small tag (read out as "Rule T4"). */
function RefusalSentence({ id, refusal }: { id: string; refusal: ErrorBody }) {
  const { t, i18n } = useTranslation();
  const { sentence, rule } = bookingRefusal(t, refusal, i18n.language);
  return (
    <p id={id}>
      {sentence}
      {rule && (
        <>
          {' '}
          <small className="rule-tag">
            <span className="visually-hidden">{t('bookings.refusals.rule')} </span>
            {rule}
          </small>
        </>
      )}
    </p>
  );
}
