import { errorSentence } from '../../ui/error-sentence';
import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { formatDay, type Formats, money, netSentence, optionLabel } from './proration-format';
import type { Calculation } from './proration-types';

type Props = { calculation: Calculation; formats: Formats };

/** One line of the table: staying on the current level, or one move from it. */
type OptionRow = { key: string; label: string; net: string; effect: string; chosen: boolean };

/** Staying put first (when there is a level to stay on), then every move in catalog order. */
function optionRows({ scenario, options, chosen }: Calculation, formats: Formats): OptionRow[] {
  const { t } = formats;
  const from = scenario.currentLevel;
  const stay: OptionRow[] =
    from === null ? [] : [{ key: 'stay', label: optionLabel(t, from, from), net: money(formats, 0), effect: t('proration.options.stayEffect'), chosen: false }];
  return [
    ...stay,
    ...options.map((o) => ({
      key: o.target ?? 'none',
      label: optionLabel(t, from, o.target),
      net: o.ok ? money(formats, o.quote.net) : '—',
      effect: o.ok ? netSentence(formats, o) : errorSentence(t, o.error),
      chosen: o.target === chosen.target,
    })),
  ];
}

/** Every move from the current level side by side, each quoted through the same channel. */
export function OptionsTable({ calculation, formats }: Props) {
  const { t, language } = formats;
  const title = t('proration.options.title', { date: formatDay(calculation.scenario.on, language) });
  const columns: SimpleColumn<OptionRow>[] = [
    { id: 'option', header: t('proration.options.columns.option'), rowHeader: true, cell: (row) => row.label },
    { id: 'net', header: t('proration.options.columns.net'), align: 'end', cell: (row) => row.net },
    { id: 'effect', header: t('proration.options.columns.effect'), cell: (row) => row.effect },
  ];
  return (
    <section>
      <h3>{title}</h3>
      <SimpleTable
        columns={columns}
        rows={optionRows(calculation, formats)}
        getRowKey={(row) => row.key}
        label={title}
        rowProps={(row) => ({ className: row.chosen ? 'chosen' : undefined })}
      />
    </section>
  );
}
