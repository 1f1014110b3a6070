import { useState } from 'react';
import { DayPicker, type Matcher, type Modifiers } from 'react-day-picker';
import { enUS, zhCN } from 'react-day-picker/locale';
import { useTranslation } from 'react-i18next';

import { type DayMarks, markRuns, uncovered } from './date-field-marks';
import { isoOfPickerDate, pickerDate } from './date-field-text';

import 'react-day-picker/style.css';
import './date-field.css';

type Props = {
  /** The field's date (YYYY-MM-DD) or '' when none. */
  value: string;
  /** T1: today's Beijing date, marked as today whatever the laptop's zone. */
  today: string;
  min?: string | undefined;
  max?: string | undefined;
  marks?: DayMarks | undefined;
  onPick: (date: string) => void;
};

const longDate = (date: Date, lng: string) => new Intl.DateTimeFormat(lng, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(date);

/**
 * One month of days in the app's language (not the system's), Monday first, opening on the
 * field's date or today. The keys are DayPicker's: arrows by day and week, Home/End to the week's
 * start and end, PageUp/PageDown by month (with Shift by year), Enter or Space picks.
 */
export function DatePicker({ value, today, min, max, marks, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [month, setMonth] = useState(() => pickerDate(`${(value || today).slice(0, 7)}-01`));
  const disabled: Matcher[] = [...(min ? [{ before: pickerDate(min) }] : []), ...(max ? [{ after: pickerDate(max) }] : [])];
  const markOf = (date: Date) => {
    const iso = isoOfPickerDate(date);
    const holiday = marks?.holidays.get(iso);
    if (holiday !== undefined) return t('common.date.holidayNamed', { name: holiday || t('common.date.holiday') });
    const workday = marks?.workdays.get(iso);
    return workday === undefined ? null : t('common.date.workdayNamed', { name: workday || t('common.date.workday') });
  };
  // The day's name read out with the date: "Saturday, April 4, 2026, Qingming Festival (holiday)".
  const labelDayButton = (date: Date, modifiers: Modifiers) =>
    [modifiers.today ? t('common.date.today') : null, longDate(date, lng), markOf(date), modifiers.selected ? t('common.date.selected') : null]
      .filter(Boolean)
      .join(lng === 'zh-CN' ? '，' : ', ');
  return (
    <DayPicker
      mode="single"
      required
      autoFocus
      selected={value ? pickerDate(value) : undefined}
      onSelect={(date) => onPick(isoOfPickerDate(date))}
      month={month}
      onMonthChange={setMonth}
      locale={lng === 'zh-CN' ? zhCN : enUS}
      weekStartsOn={1}
      showOutsideDays
      today={pickerDate(today)}
      disabled={disabled}
      modifiers={
        marks ? { holiday: (d: Date) => marks.holidays.has(isoOfPickerDate(d)), workday: (d: Date) => marks.workdays.has(isoOfPickerDate(d)) } : undefined
      }
      modifiersClassNames={{ holiday: 'date-holiday', workday: 'date-workday' }}
      labels={{ labelDayButton }}
      footer={marks ? <MarksFooter marks={marks} month={isoOfPickerDate(month).slice(0, 7)} /> : undefined}
    />
  );
}

const dayMonth = (iso: string, lng: string) => new Intl.DateTimeFormat(lng, { month: 'short', day: 'numeric' }).format(pickerDate(iso));

/** T2: the month's holidays and make-up working days by name, under the days they mark. */
function MarksFooter({ marks, month }: { marks: DayMarks; month: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const year = Number(month.slice(0, 4));
  const runs = markRuns(marks, month);
  if (uncovered(marks, year)) return <p className="date-marks-note">{t('common.date.notCovered', { year })}</p>;
  if (runs.length === 0) return null;
  const monthName = new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'long' }).format(pickerDate(`${month}-01`));
  return (
    <ul className="date-marks" aria-label={t('common.date.marksOf', { month: monthName })}>
      {runs.map((run) => (
        <li key={run.from} className={run.kind}>
          <span className="date-mark-swatch" aria-hidden="true" />
          {run.from === run.to ? dayMonth(run.from, lng) : `${dayMonth(run.from, lng)} – ${dayMonth(run.to, lng)}`}{' '}
          {t(`common.date.${run.kind}Named`, { name: run.name || t(`common.date.${run.kind}`) })}
        </li>
      ))}
    </ul>
  );
}
