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
  const optionsKey = JSON.stringify(options);
  const active = enabled && query.trim().length > 0;
  const key = `${query}\u0000${optionsKey}`;
  // The last answer, and the query it answers: while a newer query runs, it stays on screen as pending.
  const [answer, setAnswer] = useState<{ key: string; response?: SearchResponse; final: boolean; error?: string }>({
    key: '',
    final: true,
  });
  useEffect(() => {
    if (!active) return;
    return getSearchClient().search(query, JSON.parse(optionsKey) as SearchOptions, {
      onResults: (response, final) => setAnswer({ key, response, final }),
      onError: (message) => setAnswer({ key, final: true, error: message }),
    });
  }, [active, query, optionsKey, key]);
  if (!active) return IDLE;
  return {
    response: answer.response,
    pending: answer.key !== key || !answer.final,
    error: answer.key === key ? answer.error : undefined,
  };
}

const IDLE: SearchState = { response: undefined, pending: false, error: undefined };
