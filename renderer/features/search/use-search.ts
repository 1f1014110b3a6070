import { useEffect, useState } from 'react';

import type { SearchResults } from '@main/ipc/contract/search';

import { call } from '../../api/bridge';

/** How long typing pauses before main is asked: a query per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 150;
/** Rows shown per group. */
const LIMIT = 8;

export type SearchState = { results: SearchResults | null; busy: boolean; error: unknown };

type Answer = { query: string; results: SearchResults | null; error: unknown };

/**
 * The results for `text`, asked for once typing pauses; an answer to an older text is dropped.
 * While the answer to the current text is on its way the last one stays shown (busy).
 */
export function useSearch(text: string): SearchState {
  const [answer, setAnswer] = useState<Answer>({ query: '', results: null, error: null });
  const query = text.trim();

  useEffect(() => {
    if (query === '') return;
    let current = true;
    const timer = setTimeout(() => {
      call('search/query', { text: query, limit: LIMIT }).then(
        (results) => current && setAnswer({ query, results, error: null }),
        (error: unknown) => current && setAnswer({ query, results: null, error }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  if (query === '') return { results: null, busy: false, error: null };
  return { results: answer.results, busy: answer.query !== query, error: answer.query === query ? answer.error : null };
}
