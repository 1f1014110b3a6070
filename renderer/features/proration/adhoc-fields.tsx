import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { isLevel, levels } from '@core/catalog';

import { DateField } from '../../ui/date-field';
import type { FieldName, FieldProblem } from './adhoc-check';
import { FormRow } from './form-row';
import { problemSentence } from './proration-format';
import { useProration } from './proration-store';

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
      <FormRow id={`${id}-start`} label={t('proration.fields.periodStart')} problem={problem('periodStart')}>
        {(field) => (
          <DateField
            id={field.id}
            invalid={field['aria-invalid']}
            describedBy={field['aria-describedby']}
            required
            value={adhoc.periodStart}
            onChange={(date) => setAdhoc('periodStart', date)}
          />
        )}
      </FormRow>
      <FormRow id={`${id}-end`} label={t('proration.fields.periodEnd')} hint={t('proration.hints.periodEnd')} problem={problem('periodEnd')}>
        {(field) => (
          <DateField
            id={field.id}
            invalid={field['aria-invalid']}
            describedBy={field['aria-describedby']}
            required
            value={adhoc.periodEnd}
            onChange={(date) => setAdhoc('periodEnd', date)}
          />
        )}
      </FormRow>
      <FormRow id={`${id}-segment`} label={t('proration.fields.segmentStart')} hint={t('proration.hints.segmentStart')} problem={problem('segmentStart')}>
        {(field) => (
          <DateField
            id={field.id}
            invalid={field['aria-invalid']}
            describedBy={field['aria-describedby']}
            value={adhoc.segmentStart || adhoc.periodStart}
            onChange={(date) => setAdhoc('segmentStart', date)}
          />
        )}
      </FormRow>
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
