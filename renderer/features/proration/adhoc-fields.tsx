import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { isLevel, levels } from '@core/catalog';

import { DateField } from '../../ui/date-field';
import type { FieldName, FieldProblem } from './adhoc-check';
import { FormRow } from './form-row';
import { problemSentence } from './proration-format';
import { useProration } from './proration-store';

/** The period and the paid segment's start, in the form's order. */
const DATE_FIELDS = [
  { name: 'periodStart', required: true, hint: null },
  { name: 'periodEnd', required: true, hint: 'periodEnd' },
  { name: 'segmentStart', required: false, hint: 'segmentStart' },
] as const;

/** Ad-hoc numbers (M3/M4): the period, the paid segment, the billing mode and the level now. */
export function AdhocFields({ problems }: { problems: readonly FieldProblem[] }) {
  const { t, i18n } = useTranslation();
  const adhoc = useProration((s) => s.adhoc);
  const setAdhoc = useProration((s) => s.setAdhoc);
  const currency = useProration((s) => s.priceBook?.currency ?? '');
  const id = useId();
  const problem = (field: FieldName) => {
    const found = problems.find((p) => p.field === field);
    return found ? problemSentence(t, found, i18n.language) : undefined;
  };

  return (
    <>
      {DATE_FIELDS.map(({ name, required, hint }) => (
        <FormRow
          key={name}
          id={`${id}-${name}`}
          label={t(`proration.fields.${name}`)}
          hint={hint ? t(`proration.hints.${hint}`) : undefined}
          problem={problem(name)}
        >
          {(field) => (
            <DateField
              id={field.id}
              invalid={field['aria-invalid']}
              describedBy={field['aria-describedby']}
              required={required}
              // The paid segment starts with the period unless it says otherwise (M4).
              value={name === 'segmentStart' ? adhoc.segmentStart || adhoc.periodStart : adhoc[name]}
              onChange={(date) => setAdhoc(name, date)}
            />
          )}
        </FormRow>
      ))}
      <FormRow id={`${id}-paid`} label={t('proration.fields.paid', { currency })} problem={problem('paid')}>
        {(field) => <input {...field} inputMode="decimal" autoComplete="off" value={adhoc.paid} onChange={(e) => setAdhoc('paid', e.target.value)} />}
      </FormRow>
      <FormRow id={`${id}-billing`} label={t('proration.fields.billing')}>
        {(field) => (
          <select {...field} value={adhoc.billing} onChange={(e) => setAdhoc('billing', e.target.value === 'monthly' ? 'monthly' : 'yearly')}>
            <option value="monthly">{t('catalog.billing.monthly')}</option>
            <option value="yearly">{t('catalog.billing.yearly')}</option>
          </select>
        )}
      </FormRow>
      <FormRow id={`${id}-level`} label={t('proration.fields.currentLevel')}>
        {(field) => (
          <select {...field} value={adhoc.level} onChange={(e) => isLevel(e.target.value) && setAdhoc('level', e.target.value)}>
            {levels.map((level) => (
              <option key={level} value={level}>
                {t(`catalog.levels.${level}`)}
              </option>
            ))}
          </select>
        )}
      </FormRow>
    </>
  );
}
