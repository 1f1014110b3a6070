import { useTranslation } from 'react-i18next';

import { DateField } from '../../ui/date-field';
import { TimeField } from '../../ui/date-field-time';
import { type Draft, type Method, TOPICS } from './booking-draft';
import { useHolidayMarks } from './holiday-marks';

type Props = { id: string; draft: Draft; maxHours: number | null; invalid: string | null; set: (change: Partial<Draft>) => void };

/** The fields a kind asks for: B1 a range of whole days, B2 a session, B3 a training. */
export function BookingKindFields({ id, draft, maxHours, invalid, set }: Props) {
  const { t } = useTranslation();
  const field = (name: keyof Draft) => ({ id: `${id}-${name}`, 'aria-invalid': invalid === name || undefined });
  const dateLabel = draft.kind === 'kea' ? t('bookings.form.start') : t('bookings.form.date');
  // T2: the picker marks the holidays and make-up working days that decide lead times and working days.
  const marks = useHolidayMarks();
  // B1: a first day after the last moves the last day with it.
  const setStart = (start: string) => set({ start, ...(draft.kind === 'kea' && start && (!draft.end || draft.end < start) ? { end: start } : {}) });
  return (
    <>
      <label htmlFor={`${id}-start`}>{dateLabel}</label>
      <DateField id={`${id}-start`} value={draft.start} marks={marks} invalid={invalid === 'start'} onChange={setStart} />
      {draft.kind === 'kea' && (
        <>
          <label htmlFor={`${id}-end`}>{t('bookings.form.end')}</label>
          <DateField
            id={`${id}-end`}
            value={draft.end}
            min={draft.start || undefined}
            marks={marks}
            invalid={invalid === 'end'}
            onChange={(end) => set({ end })}
          />
        </>
      )}
      {draft.kind === 'consulting' && (
        <>
          <label htmlFor={`${id}-startTime`}>{t('bookings.form.startTime')}</label>
          <TimeField
            id={`${id}-startTime`}
            label={t('bookings.form.startTime')}
            value={draft.startTime}
            invalid={invalid === 'startTime'}
            onChange={(startTime) => set({ startTime })}
          />
          <label htmlFor={`${id}-hours`}>{t('bookings.form.hours')}</label>
          {/* B2: the level's cap (4 h Standard, 8 h Premier), from main's check. */}
          <input
            {...field('hours')}
            type="number"
            min={0.5}
            step={0.5}
            max={maxHours ?? undefined}
            className="short"
            value={draft.hours}
            onChange={(e) => set({ hours: e.target.value })}
          />
        </>
      )}
      {draft.kind === 'training' && (
        <>
          <span id={`${id}-method`} className="label">
            {t('bookings.form.method')}
          </span>
          <div role="radiogroup" aria-labelledby={`${id}-method`} className="inline-choices">
            {(['online', 'telepresence', 'on-site'] as const satisfies readonly Method[]).map((method) => (
              <label key={method}>
                <input type="radio" name={`${id}-method`} checked={draft.method === method} onChange={() => set({ method })} />
                {t(`bookings.methods.${method}`)}
              </label>
            ))}
          </div>
          {draft.method === 'on-site' && (
            <>
              <label htmlFor={`${id}-venue`}>{t('bookings.form.venue')}</label>
              <div>
                <input {...field('venue')} maxLength={200} value={draft.venue} onChange={(e) => set({ venue: e.target.value })} />
                <label className="check">
                  <input type="checkbox" checked={draft.venueConfirmed} onChange={(e) => set({ venueConfirmed: e.target.checked })} />
                  {t('bookings.form.venueConfirmed')}
                </label>
              </div>
            </>
          )}
          <span id={`${id}-topics`} className="label">
            {t('bookings.form.topics')}
          </span>
          <div role="group" aria-labelledby={`${id}-topics`} aria-invalid={invalid === 'topics' || undefined} className="inline-choices wrap">
            {TOPICS.map((topic) => (
              <label key={topic}>
                <input
                  type="checkbox"
                  checked={draft.topics.includes(topic)}
                  onChange={(e) => set({ topics: e.target.checked ? [...draft.topics, topic] : draft.topics.filter((x) => x !== topic) })}
                />
                {t(`bookings.topics.${topic}`)}
              </label>
            ))}
          </div>
        </>
      )}
    </>
  );
}
