import { useId } from 'react';

/** One select of a filter bar: the field it sets, its label and its choices ("all" comes first). */
export type FilterChoice<K extends string> = { readonly name: K; readonly label: string; readonly options: readonly { value: string; label: string }[] };

type Props<K extends string> = {
  /** The group's name for a screen reader ("Filter the cases"). */
  label: string;
  /** The first option of every select, which filters nothing. */
  all: string;
  filter: Readonly<Record<K, string>>;
  choices: readonly FilterChoice<K>[];
  onChange: (filter: Record<K, string>) => void;
};

/** A row of labelled selects, each narrowing a list by one field ('' for all). */
export function FilterBar<K extends string>({ label, all, filter, choices, onChange }: Props<K>) {
  const id = useId();
  return (
    <div className="filters" role="group" aria-label={label}>
      {choices.map(({ name, label: text, options }) => (
        <span className="filter" key={name}>
          <label htmlFor={`${id}-${name}`}>{text}</label>
          <select id={`${id}-${name}`} value={filter[name]} onChange={(e) => onChange({ ...filter, [name]: e.target.value })}>
            <option value="">{all}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </span>
      ))}
    </div>
  );
}
