import { useTranslation } from 'react-i18next';

import { FieldShell } from './date-field-shell';
import { parseMonthText, pickerDate } from './date-field-text';
import { type Read, useTypedText } from './date-field-typed';
import { beijingToday } from './dates';
import { MonthPicker } from './month-field-picker';

type Props = {
  /** The input's id, for the form's <label htmlFor>. */
  id: string;
  /** YYYY-MM, or '' when none. */
  value: string;
  /** The month the text means now, or '' while it means none. */
  onChange: (value: string) => void;
  max?: string | undefined;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
  required?: boolean | undefined;
};

/**
 * A month field in the app's language: the text is the ISO month ("2026-03", or typed
 * "2026/3", "2026年3月"), and the button beside it opens the year's twelve months by name. Typing is
 * the quickest for a manager who knows the month; the list is one click for a nearby one.
 */
export function MonthField({ id, value, onChange, max, invalid, describedBy, required }: Props) {
  const { t, i18n } = useTranslation();
  const read = (text: string): Read<{ sentence: string }> => {
    const parsed = parseMonthText(text);
    if (!parsed.ok) return { ok: false, sentence: t('common.date.monthFormat') };
    if (max && parsed.value > max) {
      const month = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long' }).format(pickerDate(`${max}-01`));
      return { ok: false, sentence: t('common.date.monthAfter', { month }) };
    }
    return parsed;
  };
  const typed = useTypedText(value, read, onChange);
  return (
    <FieldShell
      id={id}
      className="month-text"
      placeholder={t('common.date.monthPlaceholder')}
      pickerLabel={t('common.date.open')}
      typed={typed}
      invalid={invalid}
      describedBy={describedBy}
      required={required}
      picker={(close) => (
        <MonthPicker
          value={value}
          current={beijingToday().slice(0, 7)}
          max={max}
          onPick={(month) => {
            typed.pick(month);
            close();
          }}
        />
      )}
    />
  );
}
