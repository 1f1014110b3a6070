import { type ChangeEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../ui/dates';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { CalendarImportPreviewPanel } from './calendar-import-preview';
import { CalendarReset } from './calendar-reset';
import { useCalendar } from './calendar-store';
import { yearRange } from './calendar-text';
import { CalendarUnavailable } from './calendar-unavailable';
import { CalendarYearTable } from './calendar-year-table';

import './holiday-calendar.css';

/** T2: the holiday calendar is data the user can see, import from a file and remove again. */
export function HolidayCalendarSection() {
  const { t, i18n } = useTranslation();
  const info = useCalendar((s) => s.info);
  const loadError = useCalendar((s) => s.loadError);
  const pending = useCalendar((s) => s.pending);
  const busy = useCalendar((s) => s.busy);
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();
  const id = useId();
  const [chosenYear, setChosenYear] = useState<number | null>(null);

  useEffect(() => {
    useCalendar.getState().load().catch(report);
  }, [report]);

  if (!info) return loadError ? <CalendarUnavailable error={loadError} titleId={`${id}-title`} /> : null;
  const year = info.years.find((y) => y.year === chosenYear) ?? info.years.at(-1);
  const source = (s: string | null) => s ?? t('holidayCalendar.noSource');

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again previews it again
    if (file)
      await useCalendar
        .getState()
        .previewFile(await file.text(), file.name)
        .catch(report);
  };
  const apply = async () => {
    try {
      const applied = await useCalendar.getState().apply();
      if (applied) showStatus(t('holidayCalendar.applied', { range: yearRange(applied.coverage) }));
    } catch (error) {
      report(error);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="card holiday-calendar">
      <h2 id={`${id}-title`}>{t('holidayCalendar.title')}</h2>
      <p className="hint">{t('holidayCalendar.note')}</p>
      <dl className="settings-grid">
        <dt>{t('holidayCalendar.coverage')}</dt>
        <dd>{yearRange(info.coverage)}</dd>
        <dt>{t('holidayCalendar.source')}</dt>
        <dd>
          <span>{t('holidayCalendar.shippedSource', { range: yearRange(info.shipped.years), source: source(info.shipped.source) })}</span>
          {info.imported && (
            <>
              <br />
              <span>
                {t('holidayCalendar.importedSource', {
                  fileName: info.imported.fileName,
                  date: formatDate(info.imported.importedAt.slice(0, 10), i18n.language),
                  range: yearRange(info.imported.years),
                  source: source(info.imported.source),
                })}
              </span>
            </>
          )}
        </dd>
      </dl>
      <div className="calendar-actions">
        <label htmlFor={`${id}-file`} className="file-button">
          {t('holidayCalendar.importFile')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby={`${id}-import-hint`}
          onChange={(e) => void chooseFile(e)}
        />
        {info.imported && <CalendarReset imported={info.imported} shipped={info.shipped} />}
      </div>
      <p id={`${id}-import-hint`} className="hint">
        {t('holidayCalendar.importHint')}
      </p>
      {pending && (
        <div className="calendar-pending">
          <CalendarImportPreviewPanel fileName={pending.fileName} preview={pending.preview} info={info} />
          <div className="dialog-actions">
            <button type="button" onClick={() => useCalendar.getState().dismissPreview()}>
              {t('holidayCalendar.cancel')}
            </button>
            {pending.preview.ok && (
              <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
                {t('holidayCalendar.apply')}
              </button>
            )}
          </div>
        </div>
      )}
      <div className="calendar-year-picker">
        <label htmlFor={`${id}-year`}>{t('holidayCalendar.year')}</label>
        <select id={`${id}-year`} value={year?.year ?? ''} onChange={(e) => setChosenYear(Number(e.target.value))}>
          {info.years.map((y) => (
            <option key={y.year} value={y.year}>
              {y.year}
            </option>
          ))}
        </select>
        {year && <span className="hint">{t(`holidayCalendar.yearFrom_${year.from}`, { year: year.year })}</span>}
      </div>
      {year && <CalendarYearTable year={year} />}
    </section>
  );
}
