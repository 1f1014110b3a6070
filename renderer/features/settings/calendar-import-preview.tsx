import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearDiff } from '../../../core/calendar';
import type { CalendarImportPreview, CalendarInfo } from '../../../electron/ipc/contract';
import { formatDate, formatDatesIn } from '../../ui/dates';
import { dayName, weekdayOf, yearRange } from './calendar-text';

type Props = { fileName: string; preview: CalendarImportPreview; info: CalendarInfo | null };

/** T2: what an imported file would change, year by year, or every field that is wrong in it. */
export function CalendarImportPreviewPanel({ fileName, preview, info }: Props) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The heading takes the focus, so a screen reader reads what the chosen file would do.
  useEffect(() => heading.current?.focus(), [preview]);
  if (!preview.ok) {
    return (
      <div className="calendar-preview">
        <h3 ref={heading} tabIndex={-1}>{t('holidayCalendar.previewTitle', { fileName })}</h3>
        <div role="alert" className="form-error">
          <p>{t('holidayCalendar.errorsTitle')}</p>
          <ul>
            {preview.errors.map((e, i) => (
              <li key={i}>
                <code>{e.path || t('holidayCalendar.wholeFile')}</code>: {t(`holidayCalendar.fileErrors.${e.reason}`, { ...formatDatesIn(e.data, i18n.language), defaultValue: e.message })}
              </li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
  const { file, coverage, changes } = preview;
  return (
    <div className="calendar-preview">
      <h3 ref={heading} tabIndex={-1}>{t('holidayCalendar.previewTitle', { fileName })}</h3>
      <p>
        {t('holidayCalendar.previewSummary', { years: yearRange(file.years), holidays: file.holidays, workdays: file.workdays, range: yearRange(coverage) })}
        {info?.imported && <> {t('holidayCalendar.replacesImport', { fileName: info.imported.fileName })}</>}
      </p>
      {changes.length === 0 && <p>{t('holidayCalendar.noChanges')}</p>}
      {changes.map((diff) => (
        <YearChanges key={diff.year} diff={diff} language={i18n.language} />
      ))}
    </div>
  );
}

function YearChanges({ diff, language }: { diff: YearDiff; language: string }) {
  const { t } = useTranslation();
  const rows = [
    ...diff.added.map((d) => ({ change: 'added', date: d.date, kind: d.kind, name: dayName(d.name, language) })),
    ...diff.removed.map((d) => ({ change: 'removed', date: d.date, kind: d.kind, name: dayName(d.name, language) })),
    ...diff.renamed.map((d) => ({ change: 'renamed', date: d.date, kind: d.kind, name: t('holidayCalendar.renamedFrom', { before: dayName(d.before, language), after: dayName(d.after, language) }) })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  return (
    <section className="calendar-year-changes" aria-label={t('holidayCalendar.yearChanges', { year: diff.year })}>
      <h4>{t('holidayCalendar.yearChanges', { year: diff.year })}</h4>
      {diff.newlyCovered && <p>{t('holidayCalendar.newlyCovered', { year: diff.year })}</p>}
      {diff.noLongerCovered && <p className="warning">{t('holidayCalendar.noLongerCovered', { year: diff.year })}</p>}
      {rows.length > 0 && (
        <table className="data-table calendar-days">
          <thead>
            <tr>
              <th scope="col">{t('holidayCalendar.change')}</th>
              <th scope="col">{t('holidayCalendar.date')}</th>
              <th scope="col">{t('holidayCalendar.weekday')}</th>
              <th scope="col">{t('holidayCalendar.kind')}</th>
              <th scope="col">{t('holidayCalendar.name')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.change}-${r.date}-${r.kind}`} className={`change-${r.change}`}>
                <td>{t(`holidayCalendar.changes.${r.change}`)}</td>
                <td>{formatDate(r.date, language)}</td>
                <td>{weekdayOf(r.date, language)}</td>
                <td>{t(`holidayCalendar.kinds.${r.kind}`)}</td>
                <td>{r.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
