import { useTranslation } from 'react-i18next';

import { beijingDateOf } from '@core/time';
import type { SearchResults } from '@main/ipc/contract/search';

import { formatDate } from '../../ui/dates';
import { GROUPS, type SearchOption } from './search-options';

type Props = {
  results: SearchResults;
  options: readonly SearchOption[];
  active: number;
  listId: string;
  onPick: (option: SearchOption) => void;
  onHover: (index: number) => void;
};

/** The results as a listbox: a group per kind under its heading (with the total when more match than are shown), best first. */
export function SearchResultsList({ results, options, active, listId, onPick, onHover }: Props) {
  const { t } = useTranslation();
  return (
    <div role="listbox" id={listId} aria-label={t('search.label')} className="search-results">
      {GROUPS.map((group) => {
        const rows = options.map((option, index) => ({ option, index })).filter(({ option }) => option.group === group);
        if (rows.length === 0) return null;
        const { total } = results[group];
        const headId = `${listId}-${group}`;
        return (
          <div role="group" aria-labelledby={headId} key={group} className="search-group">
            <div role="presentation" id={headId} className="search-group-head">
              {t(`search.groups.${group}`)}
              <span className="search-group-count">{total > rows.length ? t('search.more', { shown: rows.length, total }) : total}</span>
            </div>
            {rows.map(({ option, index }) => (
              <div
                role="option"
                id={option.id}
                key={option.id}
                aria-selected={index === active}
                className={index === active ? 'search-option active' : 'search-option'}
                // The input keeps the focus: a click opens without moving it.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onPick(option)}
                onMouseMove={() => index !== active && onHover(index)}
              >
                <OptionText option={option} />
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}

function OptionText({ option }: { option: SearchOption }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  const matched = <span className="search-matched">{t('search.matchedIn', { field: t(`search.matched.${option.hit.matched}`) })}</span>;
  if (option.group === 'partners') {
    const { hit } = option;
    return (
      <>
        <span className="search-label">{hit.name}</span>
        <span className="search-detail">
          {[hit.contactName, hit.contactEmail].filter(Boolean).join(' · ')}
          {hit.archived && <span className="search-tag">{t('search.archived')}</span>}
          {matched}
        </span>
      </>
    );
  }
  if (option.group === 'cases') {
    const { hit } = option;
    return (
      <>
        <span className="search-label">{hit.vendorRef || t('search.noRef')}</span>
        <span className="search-detail">
          {[hit.partnerName, hit.customer, t('search.opened', { date: date(beijingDateOf(hit.openedAt)) }), t(`cases.states.${hit.state}`)]
            .filter(Boolean)
            .join(' · ')}
          {matched}
        </span>
        {hit.excerpt && <span className="search-excerpt">{hit.excerpt}</span>}
      </>
    );
  }
  const { hit } = option;
  return (
    <>
      <span className="search-label">{hit.title || t(`bookings.kinds.${hit.kind}`)}</span>
      <span className="search-detail">
        {[hit.partnerName, t(`bookings.kinds.${hit.kind}`), date(hit.start), t(`bookings.statuses.${hit.status}`)].filter(Boolean).join(' · ')}
        {matched}
      </span>
    </>
  );
}
