import { useTranslation } from 'react-i18next';

import { levels, type PlanCatalog, severities } from '@core/catalog';

import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { INCLUDED_ROWS, includedCell, type IncludedRow, targetCell } from './plan-cells';

type Props = { catalog: PlanCatalog };

function LevelHeaders({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {levels.map((level) => (
          <th key={level} scope="col">
            {t(`catalog.levels.${level}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Table 3-1: what each level includes. */
export function IncludedTable({ catalog }: Props) {
  const { t } = useTranslation();
  const title = t('plans.included.title');
  const columns: SimpleColumn<IncludedRow>[] = [
    { id: 'item', header: t('plans.included.item'), rowHeader: true, cell: (row) => t(`plans.included.rows.${row}`) },
    ...levels.map((level) => ({
      id: level,
      header: t(`catalog.levels.${level}`),
      cell: (row: IncludedRow) =>
        includedCell(t, catalog.plans[level], row).map((line) => (
          <span key={line} className="cell-line">
            {line}
          </span>
        )),
    })),
  ];
  return (
    <section className="plans-table">
      <h2>{title}</h2>
      <SimpleTable columns={columns} rows={INCLUDED_ROWS} getRowKey={(row) => row} label={title} />
    </section>
  );
}

/**
 * Table 5-2: response targets per severity (P2); Basic cases have no severity (T5). Written out,
 * not a SimpleTable: Basic's one acceptance cell spans every severity's row.
 */
export function ResponseTable({ catalog }: Props) {
  const { t } = useTranslation();
  const title = t('plans.sla.title');
  const acceptance = catalog.plans.basic.acceptanceWorkingDays ?? 1;
  return (
    <section className="plans-table">
      <h2>{title}</h2>
      <table className="data-table" aria-label={title}>
        <LevelHeaders first={t('plans.sla.severity')} />
        <tbody>
          {severities.map((severity, index) => (
            <tr key={severity.id}>
              <th scope="row" title={severity.description}>
                {t(`catalog.severities.${severity.id}`)}
              </th>
              {index === 0 && (
                <td rowSpan={severities.length} className="basic-acceptance">
                  {t('plans.sla.basicAcceptance', { count: acceptance })}
                </td>
              )}
              <td className="target">{targetCell(t, catalog.plans.standard, severity.id)}</td>
              <td className="target">{targetCell(t, catalog.plans.premier, severity.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('plans.sla.note')}</p>
    </section>
  );
}
