import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { BEIJING_ZONE, computerZone, type TimeChoice } from '../cases/case-time';
import { useCaseImport } from './case-import-store';

/** T1: which zone the file's times without an offset are in; Beijing unless the user says otherwise. */
export function ImportTimes() {
  const { t } = useTranslation();
  const id = useId();
  const times = useCaseImport((s) => s.times);
  const busy = useCaseImport((s) => s.busy);
  const { chooseTimes } = useCaseImport.getState();
  const choices: readonly TimeChoice[] = ['beijing', 'computer'];
  return (
    <fieldset className="import-times" aria-describedby={`${id}-offset`}>
      <legend>{t('caseImport.times.legend')}</legend>
      {choices.map((choice) => (
        <label key={choice}>
          <input type="radio" name={`${id}-times`} checked={times === choice} disabled={busy} onChange={() => void chooseTimes(choice)} />
          {choice === 'beijing' ? t('caseImport.times.beijing') : t('caseImport.times.computer', { zone: computerZone() })}
        </label>
      ))}
      <small id={`${id}-offset`} className="hint">
        {t('caseImport.times.withOffset')}
      </small>
    </fieldset>
  );
}

/** What a preview was read as: the file's encoding (a chosen file; pasted text has none) and the zone of its times. */
export function ImportReadNote({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const encoding = useCaseImport((s) => s.encoding);
  const zone = timeZone === BEIJING_ZONE ? t('caseImport.read.zoneBeijing') : t('caseImport.read.zoneComputer', { zone: timeZone });
  return (
    <p className="hint import-read" data-testid="import-read">
      {encoding ? t('caseImport.read.both', { encoding: t(`caseImport.read.${encoding}`), zone }) : zone}
    </p>
  );
}

/** The zone the preview's opening times are shown in, for its column header. */
export const zoneName = (t: TFunction, timeZone: string): string => (timeZone === BEIJING_ZONE ? t('caseImport.times.beijingShort') : timeZone);
