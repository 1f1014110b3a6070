import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import type { DayMarks } from './date-field-marks';
import { FieldShell } from './date-field-shell';
import { parseDateText, pickerDate } from './date-field-text';
import { type Read, useTypedText } from './date-field-typed';
import { beijingToday, formatDate } from './dates';

import './date-field.css';

export type { DayMarks } from './date-field-marks';

// The calendar (react-day-picker and its date-fns) is a chunk of its own, loaded when first opened.
const DatePicker = lazy(() => import('./date-field-picker').then((m) => ({ default: m.DatePicker })));

export type DateFieldProps = {
  /** The input's id, for the form's <label htmlFor>. */
  id: string;
  /** YYYY-MM-DD, or '' when none. */
  value: string;
  /** The date the text means now, or '' while it means none. */
  onChange: (value: string) => void;
  min?: string | undefined;
  max?: string | undefined;
  /** T2: holidays and make-up working days to mark (the booking forms). */
  marks?: DayMarks | undefined;
  /** The form's own verdict on the field (a refusal naming it). */
  invalid?: boolean | undefined;
  /** The form's hint and error ids. */
  describedBy?: string | undefined;
  required?: boolean | undefined;
  autoFocus?: boolean | undefined;
};

/**
 * A date field in the app's language whatever the system's: the text is the ISO date in both
 * languages ("2026-03-09"; typing "2026/3/9" or "2026年3月9日" works too, see date-field-text.ts)
 * and the button beside it opens a calendar with the app's month and day names, Monday first.
 * A date that cannot be read is refused with a sentence when the user leaves the field.
 */
export function DateField({ id, value, onChange, min, max, marks, invalid, describedBy, required, autoFocus }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const read = (text: string): Read<{ sentence: string }> => {
    const parsed = parseDateText(text);
    if (!parsed.ok) {
      if (parsed.problem === 'format') return { ok: false, sentence: t('common.date.format') };
      const month = new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'long' }).format(
        pickerDate(`${parsed.year}-${String(parsed.month).padStart(2, '0')}-01`),
      );
      return { ok: false, sentence: t('common.date.noSuchDay', { month, days: parsed.days, day: parsed.day }) };
    }
    if (min && parsed.value < min) return { ok: false, sentence: t('common.date.before', { date: formatDate(min, lng) }) };
    if (max && parsed.value > max) return { ok: false, sentence: t('common.date.after', { date: formatDate(max, lng) }) };
    return parsed;
  };
  const typed = useTypedText(value, read, onChange);
  return (
    <FieldShell
      id={id}
      className="date-text"
      placeholder={t('common.date.placeholder')}
      pickerLabel={t('common.date.open')}
      typed={typed}
      invalid={invalid}
      describedBy={describedBy}
      required={required}
      autoFocus={autoFocus}
      picker={(close) => (
        <Suspense fallback={null}>
          <DatePicker
            value={value}
            today={beijingToday()}
            min={min}
            max={max}
            marks={marks}
            onPick={(date) => {
              typed.pick(date);
              close();
            }}
          />
        </Suspense>
      )}
    />
  );
}
