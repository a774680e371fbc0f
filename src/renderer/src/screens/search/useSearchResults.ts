import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../../shared/domain/search-views';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';

/** Typing pauses shorter than this do not start a search. */
export const SEARCH_DEBOUNCE_MS = 150;

/**
 * The results of `search:all` for what is typed, searched once typing pauses. An answer to an
 * older query is dropped, so results never jump back to what was typed before.
 */
export function useSearchResults(
  query: string,
  options: { caseId?: string | null; limitPerKind?: number } = {},
): { results: SearchResults | null; searching: boolean; searched: string } {
  const call = useIpc();
  const [debounced] = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const [answer, setAnswer] = useState<{ key: string; results: SearchResults | null } | null>(null);
  const caseId = options.caseId ?? null;
  const limit = options.limitPerKind;
  const key = JSON.stringify([debounced, caseId, limit]);

  useEffect(() => {
    if (debounced === '') return;
    let live = true;
    void call(
      api.search.all({
        query: debounced,
        caseId,
        ...(limit ? { limitPerKind: limit } : {}),
      }),
    ).then((results) => {
      if (live) setAnswer({ key, results: results ?? null });
    });
    return () => {
      live = false;
    };
  }, [call, debounced, caseId, limit, key]);

  if (debounced === '') return { results: null, searching: false, searched: '' };
  // While a new answer is on its way the previous results stay (dimmed by the caller).
  return {
    results: answer?.results ?? null,
    searching: answer?.key !== key || query.trim() !== debounced,
    searched: debounced,
  };
}
