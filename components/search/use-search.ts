'use client';

import { useEffect, useState } from 'react';
import { getSearchClient } from '@/lib/search/client';
import type { SearchOptions, SearchResponse } from '@/lib/search/engine';

export interface SearchState {
  /** The latest answer (kept while the next one is on its way, so the list does not flicker). */
  response: SearchResponse | undefined;
  /** A query is running, or the index is still loading. */
  pending: boolean;
  error: string | undefined;
}

/** Runs `query` in the search worker whenever it (or the options) change; empty queries give no response. */
export function useSearch(query: string, options: SearchOptions, enabled = true): SearchState {
  const [state, setState] = useState<SearchState>({ response: undefined, pending: false, error: undefined });
  const optionsKey = JSON.stringify(options);
  useEffect(() => {
    if (!enabled) return;
    if (query.trim().length === 0) {
      setState({ response: undefined, pending: false, error: undefined });
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    return getSearchClient().search(query, JSON.parse(optionsKey) as SearchOptions, {
      onResults: (response, final) => setState({ response, pending: !final, error: undefined }),
      onError: (message) => setState({ response: undefined, pending: false, error: message }),
    });
  }, [query, optionsKey, enabled]);
  return state;
}
