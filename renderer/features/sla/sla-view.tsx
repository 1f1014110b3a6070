import { useTranslation } from 'react-i18next';
import { ImportCasesButton } from '../case-import/import-cases-button';

/** C1/C2: every open case with its response clock. */
export function SlaView() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="sla-title" className="view sla-view">
      <header className="view-header">
        <h1 id="sla-title">{t('sla.title')}</h1>
      </header>
      <div className="toolbar">
        <ImportCasesButton />
      </div>
    </section>
  );
}
