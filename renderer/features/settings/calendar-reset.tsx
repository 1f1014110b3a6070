import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CalendarInfo } from '@main/ipc/contract';

import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { useCalendar } from './calendar-store';
import { yearRange } from './calendar-text';

/** Back to the shipped calendar, after the user confirms: deadlines may move when it is removed. */
export function CalendarReset({ imported, shipped }: { imported: NonNullable<CalendarInfo['imported']>; shipped: CalendarInfo['shipped'] }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();
  const range = yearRange(shipped.years);

  // Keyboard users land on the question's answer, and back on the button when they cancel.
  useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);

  const remove = async () => {
    try {
      await useCalendar.getState().reset();
      showStatus(t('holidayCalendar.resetDone', { range }));
    } catch (error) {
      report(error);
    }
  };
  const cancel = () => {
    setAsking(false);
    queueMicrotask(() => askButton.current?.focus());
  };

  if (!asking) {
    return (
      <button ref={askButton} type="button" onClick={() => setAsking(true)}>
        {t('holidayCalendar.reset')}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="calendar-reset-question" className="calendar-confirm" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <p id="calendar-reset-question">{t('holidayCalendar.resetConfirm', { fileName: imported.fileName, range })}</p>
      <button ref={confirmButton} type="button" className="primary" onClick={() => void remove()}>
        {t('holidayCalendar.resetYes')}
      </button>
      <button type="button" onClick={cancel}>
        {t('holidayCalendar.cancel')}
      </button>
    </div>
  );
}
