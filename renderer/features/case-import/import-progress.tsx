import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useCaseImport } from './case-import-store';

/**
 * While main reads, checks or stores a file: what it is doing and how far it got, as a
 * labelled progress bar (the file is read in characters, shown as a percentage; rows and
 * cases are counted).
 */
export function ImportProgressBar() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const progress = useCaseImport((s) => s.progress);
  const busy = useCaseImport((s) => s.busy);
  if (!busy || !progress) return null;
  const number = new Intl.NumberFormat(i18n.language);
  const { phase, done, total } = progress;
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  const text = t(`caseImport.progress.${phase}`, { percent, done: number.format(done), total: number.format(total), count: total });
  return (
    <div className="import-progress">
      <label htmlFor={`${id}-bar`}>{text}</label>
      <progress id={`${id}-bar`} max={Math.max(total, 1)} value={total === 0 ? 1 : done} />
    </div>
  );
}
