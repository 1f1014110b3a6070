import { useTranslation } from 'react-i18next';

import type { ErrorBody } from '@main/ipc/contract';

import { errorSentence } from '../../ui/error-sentence';
import { useReportError } from '../../ui/use-report-error';
import { useCalendar } from './calendar-store';

/**
 * T2: what the calendar section shows when main could not answer what the calendar is: the
 * reason as a sentence, and the way back to the shipped calendar, which needs no answer first.
 */
export function CalendarUnavailable({ error, titleId }: { error: ErrorBody; titleId: string }) {
  const { t } = useTranslation();
  const report = useReportError();
  const reset = () => useCalendar.getState().reset().catch(report);
  return (
    <section aria-labelledby={titleId} className="card holiday-calendar">
      <h2 id={titleId}>{t('holidayCalendar.title')}</h2>
      <p role="alert">{t('holidayCalendar.unavailable', { reason: errorSentence(t, error) })}</p>
      <button type="button" onClick={() => void reset()}>
        {t('holidayCalendar.reset')}
      </button>
    </section>
  );
}
