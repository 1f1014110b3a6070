import { useTranslation } from 'react-i18next';

import { DateTimeField } from '../../ui/date-field-time';
import { computerIsBeijing, computerZone, fromLocalInput, switchZone, type TimeChoice, wallText } from './case-time';

type Props = {
  id: string;
  value: string;
  zone: TimeChoice;
  invalid: boolean;
  onChange: (value: string) => void;
  onZone: (zone: TimeChoice, value: string) => void;
};

/**
 * T1: "Opened at" with the zone it is read in, this computer's or Beijing's, and the same moment
 * in the other zone. Switching zone keeps the moment (the digits change), so a time once filled
 * in never silently means another instant.
 */
export function OpenedAtField({ id, value, zone, invalid, onChange, onZone }: Props) {
  const { t } = useTranslation();
  const computer = computerZone();
  const iso = fromLocalInput(value, zone);
  const read = !iso
    ? null
    : computerIsBeijing(iso)
      ? t('cases.form.readSame', { zone: computer })
      : zone === 'computer'
        ? t('cases.form.readComputer', { zone: computer, time: wallText(iso, 'beijing') })
        : t('cases.form.readBeijing', { zone: computer, time: wallText(iso, 'computer') });
  const choices: readonly TimeChoice[] = ['computer', 'beijing'];
  return (
    <div>
      {/* The date on the app's picker, the time on a 24-hour clock in both languages. */}
      <DateTimeField id={id} label={t('cases.form.openedAt')} value={value} invalid={invalid} describedBy={`${id}-read ${id}-hint`} onChange={onChange} />
      <div role="radiogroup" aria-label={t('cases.form.timeZone')} className="inline-choices">
        {choices.map((choice) => (
          <label key={choice}>
            <input type="radio" name={`${id}-zone`} checked={zone === choice} onChange={() => onZone(choice, switchZone(value, zone, choice))} />
            {choice === 'computer' ? t('cases.form.zoneComputer', { zone: computer }) : t('cases.form.zoneBeijing')}
          </label>
        ))}
      </div>
      <small id={`${id}-read`} className="hint" data-testid="opened-at-read">
        {read}
      </small>
      <small id={`${id}-hint`} className="hint">
        {t('cases.form.openedAtHint')}
      </small>
    </div>
  );
}
