import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { YearDiff } from '@core/calendar';
import type { CalendarImportPreview, CalendarInfo } from '@main/ipc/contract';

import { formatDate, formatDatesIn } from '../../ui/dates';
import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
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
        <h3 ref={heading} tabIndex={-1}>
          {t('holidayCalendar.previewTitle', { fileName })}
        </h3>
        <div role="alert" className="form-error">
          <p>{t('holidayCalendar.errorsTitle')}</p>
          <ul>
            {preview.errors.map((e, i) => (
              <li key={i}>
                <code>{e.path || t('holidayCalendar.wholeFile')}</code>:{' '}
                {t(`holidayCalendar.fileErrors.${e.reason}`, { ...formatDatesIn(e.data, i18n.language), defaultValue: e.message })}
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
      <h3 ref={heading} tabIndex={-1}>
        {t('holidayCalendar.previewTitle', { fileName })}
      </h3>
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

/** One line of a year's changes, its name already in the user's language. */
type ChangedDay = { change: 'added' | 'removed' | 'renamed'; date: string; kind: YearDiff['added'][number]['kind']; name: string };

function YearChanges({ diff, language }: { diff: YearDiff; language: string }) {
  const { t } = useTranslation();
  const rows: ChangedDay[] = [
    ...diff.added.map((d) => ({ change: 'added' as const, date: d.date, kind: d.kind, name: dayName(d.name, language) })),
    ...diff.removed.map((d) => ({ change: 'removed' as const, date: d.date, kind: d.kind, name: dayName(d.name, language) })),
    ...diff.renamed.map((d) => ({
      change: 'renamed' as const,
      date: d.date,
      kind: d.kind,
      name: t('holidayCalendar.renamedFrom', { before: dayName(d.before, language), after: dayName(d.after, language) }),
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  const columns: SimpleColumn<ChangedDay>[] = [
    { id: 'change', header: t('holidayCalendar.change'), cell: (r) => t(`holidayCalendar.changes.${r.change}`) },
    { id: 'date', header: t('holidayCalendar.date'), cell: (r) => formatDate(r.date, language) },
    { id: 'weekday', header: t('holidayCalendar.weekday'), cell: (r) => weekdayOf(r.date, language) },
    { id: 'kind', header: t('holidayCalendar.kind'), cell: (r) => t(`holidayCalendar.kinds.${r.kind}`) },
    { id: 'name', header: t('holidayCalendar.name'), cell: (r) => r.name },
  ];
  return (
    <section className="calendar-year-changes" aria-label={t('holidayCalendar.yearChanges', { year: diff.year })}>
      <h4>{t('holidayCalendar.yearChanges', { year: diff.year })}</h4>
      {diff.newlyCovered && <p>{t('holidayCalendar.newlyCovered', { year: diff.year })}</p>}
      {diff.noLongerCovered && <p className="warning">{t('holidayCalendar.noLongerCovered', { year: diff.year })}</p>}
      {rows.length > 0 && (
        <SimpleTable
          columns={columns}
          rows={rows}
          getRowKey={(r) => `${r.change}-${r.date}-${r.kind}`}
          className="calendar-days"
          rowProps={(r) => ({ className: `change-${r.change}` })}
        />
      )}
    </section>
  );
}
