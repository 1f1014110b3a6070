import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { levels } from '@core/catalog';

import { DateField } from '../../ui/date-field';
import { formatMoney } from '../../ui/money';
import type { FieldName } from './adhoc-check';
import { AdhocFields } from './adhoc-fields';
import { FormRow } from './form-row';
import { dayRange, formatDay, problemSentence } from './proration-format';
import { ADHOC, useProration } from './proration-store';
import { targetOf, targetValue } from './proration-types';

type Props = { onError: (error: unknown) => void };

/** Where the numbers come from (a partner or ad-hoc), the date and the level to change to. */
export function ProrationForm({ onError }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const partners = useProration((s) => s.partners);
  const source = useProration((s) => s.source);
  const plan = useProration((s) => s.plan);
  const on = useProration((s) => s.on);
  const target = useProration((s) => s.target);
  const problems = useProration((s) => s.problems);
  const busy = useProration((s) => s.busy);
  const { chooseSource, setOn, setTarget, run } = useProration.getState();
  const id = useId();
  const subscription = plan?.subscription;
  const problem = (field: FieldName) => {
    const found = problems.find((p) => p.field === field);
    return found ? problemSentence(t, found, language) : undefined;
  };

  const sourceHint =
    subscription && plan
      ? t('proration.source.summary', {
          level: plan.levelToday ? t(`catalog.levels.${plan.levelToday}`) : t('catalog.noLevel'),
          billing: t(`catalog.billing.${subscription.billing}`),
          range: dayRange({ t, language, currency: plan.currency }, subscription.period.start, subscription.period.end),
          paid: formatMoney(subscription.segment.paid, plan.currency, language),
          date: formatDay(subscription.segment.start, language),
        })
      : partners.length === 0 && source !== ADHOC
        ? t('proration.source.noPartners')
        : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    run().catch(onError);
  };

  return (
    <form className="proration-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <FormRow id={`${id}-source`} label={t('proration.fields.source')} hint={sourceHint} problem={problem('source')}>
          {(field) => (
            <select {...field} value={source} onChange={(e) => void chooseSource(e.target.value).catch(onError)}>
              <option value="">{t('proration.source.choose')}</option>
              {partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              <option value={ADHOC}>{t('proration.source.adhoc')}</option>
            </select>
          )}
        </FormRow>
        {source === ADHOC && <AdhocFields problems={problems} />}
        <FormRow id={`${id}-on`} label={t('proration.fields.on')} problem={problem('on')}>
          {(field) => <DateField id={field.id} invalid={field['aria-invalid']} describedBy={field['aria-describedby']} required value={on} onChange={setOn} />}
        </FormRow>
        <FormRow id={`${id}-target`} label={t('proration.fields.target')}>
          {(field) => (
            <select {...field} value={targetValue(target)} onChange={(e) => setTarget(targetOf(e.target.value))}>
              {levels.map((level) => (
                <option key={level} value={level}>
                  {t(`catalog.levels.${level}`)}
                </option>
              ))}
              <option value="none">{t('catalog.changeKinds.unsubscribe')}</option>
            </select>
          )}
        </FormRow>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('proration.calculate')}
        </button>
      </div>
    </form>
  );
}
