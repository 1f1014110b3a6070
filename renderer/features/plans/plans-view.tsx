import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useReportError } from '../../ui/use-report-error';
import { IncludedTable, ResponseTable } from './catalog-tables';
import { PartnersByLevelList } from './partners-by-level';
import { usePlans } from './plans-store';

import './plans.css';

/** P1/P2: the plan catalog (Table 3-1 and 5-2) and who is on each level today. */
export function PlansView() {
  const { t } = useTranslation();
  const catalogs = usePlans((s) => s.catalogs);
  const edition = usePlans((s) => s.edition);
  const partners = usePlans((s) => s.partners);
  const loaded = usePlans((s) => s.loaded);
  const { load, chooseEdition } = usePlans.getState();
  const editionId = useId();
  const catalog = catalogs.find((c) => c.edition === edition) ?? catalogs[0];

  const report = useReportError();

  useEffect(() => {
    load().catch(report);
  }, [load, report]);

  return (
    <section aria-labelledby="plans-title" className="view plans-view">
      <header className="view-header">
        <h1 id="plans-title">{t('plans.title')}</h1>
        {catalogs.length > 1 ? (
          <span className="plans-edition">
            <label htmlFor={editionId}>{t('plans.editionLabel')}</label>{' '}
            <select id={editionId} value={edition ?? ''} onChange={(e) => chooseEdition(e.target.value)}>
              {catalogs.map((c) => (
                <option key={c.edition} value={c.edition}>
                  {c.edition}
                </option>
              ))}
            </select>
          </span>
        ) : (
          catalog && <span className="count">{t('plans.edition', { edition: catalog.edition })}</span>
        )}
      </header>
      {!loaded && <p className="hint">{t('common.loading')}</p>}
      {catalog && (
        <div className="plans-tables">
          <IncludedTable catalog={catalog} />
          <ResponseTable catalog={catalog} />
        </div>
      )}
      {loaded && <PartnersByLevelList partners={partners} />}
    </section>
  );
}
