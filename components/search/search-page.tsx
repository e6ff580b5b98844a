'use client';

import Link from '../link';
import { useSearchParams } from 'next/navigation';
import { replaceUrl } from '@/lib/search/url';
import { Fragment, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { COLLECTION_TYPES, COLLECTIONS, type CollectionType } from '@/lib/model/collections';
import { ASSESSMENT } from '@/lib/model/scales';
import { getSearchClient } from '@/lib/search/client';
import type { SearchResponse } from '@/lib/search/engine';
import { MAX_QUERY_LENGTH } from '@/lib/search/normalize';
import { ResultSummary } from './result-item';
import { useSearch } from './use-search';

const PAGE_SIZE = 30;
const URL_DELAY_MS = 300;

const isType = (v: string): v is CollectionType => (COLLECTION_TYPES as readonly string[]).includes(v);
const isAssessment = (v: string) => (ASSESSMENT.ids as readonly string[]).includes(v);

function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .filter(Boolean);
}

function buildHref(q: string, types: string[], assessments: string[]): string {
  const sp = new URLSearchParams();
  if (q.trim()) sp.set('q', q);
  if (types.length) sp.set('type', types.join(','));
  if (assessments.length) sp.set('assessment', assessments.join(','));
  const qs = sp.toString();
  return qs ? `/search/?${qs}` : '/search/';
}

/**
 * The /search page: the query, the type and assessment filters live in the URL (shared links
 * and Back restore them); results update as you type.
 */
export function SearchPage() {
  const params = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const types = listParam(params, 'type').filter(isType);
  const assessments = listParam(params, 'assessment').filter(isAssessment);
  const [value, setValue] = useState(urlQuery);
  // How many results to show: back to one page whenever the query or the filters change.
  const resultKey = `${value}\u0000${types.join()}\u0000${assessments.join()}`;
  const [shown, setShown] = useState({ key: resultKey, limit: PAGE_SIZE });
  const limit = shown.key === resultKey ? shown.limit : PAGE_SIZE;
  const lastWritten = useRef(urlQuery);
  const listRef = useRef<HTMLOListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => getSearchClient().load(), []);

  // Back/Forward (or a link) changed the URL: show that query.
  useEffect(() => {
    if (urlQuery !== lastWritten.current) {
      lastWritten.current = urlQuery;
      setValue(urlQuery);
    }
  }, [urlQuery]);

  // Typing updates the URL shortly after the reader pauses (replace: Back leaves the page, not each keystroke).
  useEffect(() => {
    if (value === lastWritten.current) return;
    const timer = window.setTimeout(() => {
      lastWritten.current = value;
      replaceUrl(buildHref(value, types, assessments));
    }, URL_DELAY_MS);
    return () => window.clearTimeout(timer);
    // Only typing schedules this; the filters write the URL themselves (setFilters).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filters are read when the timer fires
  }, [value]);

  const { response, pending, error } = useSearch(value, { limit, types, assessments });
  const hasQuery = value.trim().length > 0;
  const filtersActive = types.length + assessments.length > 0;

  const setFilters = (nextTypes: string[], nextAssessments: string[]) => {
    lastWritten.current = value;
    replaceUrl(buildHref(value, nextTypes, nextAssessments));
  };
  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  const resultLinks = () => Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? []);
  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      const first = resultLinks()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Escape' && value) {
      e.preventDefault();
      setValue('');
    }
  };
  const onListKey = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Escape') return;
    const links = resultLinks();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'Escape') inputRef.current?.focus();
    else if (e.key === 'ArrowDown') links[Math.min(links.length - 1, i + 1)]?.focus();
    else if (i === 0) inputRef.current?.focus();
    else links[i - 1]?.focus();
  };

  const status = !hasQuery
    ? 'Type a name, place, group or phrase.'
    : error
      ? 'Search is unavailable right now.'
      : !response
        ? 'Loading the search index…'
        : response.total === 0
          ? `No results for “${response.query.trim()}”.`
          : resultsStatus(response);

  return (
    <div className="space-y-6">
      <form
        role="search"
        action="/search/"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          lastWritten.current = value;
          replaceUrl(buildHref(value, types, assessments));
        }}
      >
        <label htmlFor="search-page-input" className="mb-1 block text-sm font-medium">
          Search query
        </label>
        <input
          ref={inputRef}
          id="search-page-input"
          type="search"
          name="q"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onInputKey}
          autoComplete="off"
          spellCheck={false}
          autoFocus={!urlQuery}
          placeholder="e.g. ISKP, Nangarhar, “nearly all provinces”"
          aria-describedby="search-page-hint"
          className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100"
        />
        <p id="search-page-hint" className="mt-1 text-xs muted">
          Spelling variants, word forms (bombed, bombing), aliases and other scripts are matched; results with all your
          words come first. Put words in “quotes” for an exact phrase. Arrow keys move through the results.
        </p>
      </form>

      <p role="status" aria-live="polite" className="text-sm subtle">
        {status}
        {pending && response ? <span className="sr-only"> Updating.</span> : null}
      </p>

      {response?.truncated ? (
        <p className="text-sm subtle">Only the first {MAX_QUERY_LENGTH} characters of the query were searched.</p>
      ) : null}

      {response && response.corrections.length > 0 && response.total > 0 ? (
        <p className="text-sm">
          Showing matches for{' '}
          {response.corrections.map((c, i) => (
            <span key={c.from}>
              {i > 0 ? ', ' : null}
              <strong>{c.to}</strong> (no exact match for “{c.from}”)
            </span>
          ))}
          .
        </p>
      ) : null}

      {hasQuery && response ? (
        <div className="flex flex-col gap-6 md:flex-row">
          {/* Nothing to narrow and nothing to clear: the filters would only be a column of zeros. */}
          {response.total > 0 || filtersActive ? (
            <aside className="space-y-4 md:w-56 md:shrink-0">
              <FilterGroup
                legend="Type"
                options={COLLECTION_TYPES.map((t) => ({
                  value: t,
                  label: COLLECTIONS[t].plural,
                  count: response.counts[t],
                }))}
                selected={types}
                onToggle={(t) => setFilters(toggle(types, t), assessments)}
              />
              <FilterGroup
                legend="Assessment (claims)"
                options={ASSESSMENT.values.map((a) => ({
                  value: a.value,
                  label: a.label,
                  count: response.assessmentCounts[a.value] ?? 0,
                }))}
                selected={assessments}
                onToggle={(a) => setFilters(types, toggle(assessments, a))}
              />
              {filtersActive ? (
                <button type="button" className="text-sm underline" onClick={() => setFilters([], [])}>
                  Clear filters
                </button>
              ) : null}
            </aside>
          ) : null}

          <div className="min-w-0 flex-1">
            {response.total === 0 ? (
              <EmptyState response={response} onPick={(q) => setValue(q)} />
            ) : (
              <>
                <ol ref={listRef} onKeyDown={onListKey} aria-label="Search results" className="rows">
                  {response.hits.map((hit, i) => (
                    <Fragment key={`${hit.type}:${hit.id}`}>
                      {/* Where the results with all the words end and those with some of them begin. */}
                      {hit.missing && (i === 0 || !response.hits[i - 1]!.missing) ? (
                        <li className="px-2 pb-1 pt-4 text-sm font-semibold subtle" data-some-words="">
                          {i === 0 ? 'No result has all the words. ' : null}Results with some of the words
                        </li>
                      ) : null}
                      <li>
                        <Link
                          href={hit.href}
                          data-result=""
                          className="block rounded px-2 py-3 text-inherit no-underline hover:bg-stone-50 dark:hover:bg-stone-900"
                        >
                          <ResultSummary hit={hit} />
                        </Link>
                      </li>
                    </Fragment>
                  ))}
                </ol>
                {response.total > response.hits.length ? (
                  <button
                    type="button"
                    className="mt-4 rounded border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-600"
                    onClick={() => setShown({ key: resultKey, limit: Math.min(100, limit + PAGE_SIZE) })}
                    disabled={limit >= 100}
                  >
                    {limit >= 100
                      ? `Showing the first 100 of ${response.total}; refine the query to see others`
                      : `Show more (${response.total - response.hits.length} more)`}
                  </button>
                ) : null}
              </>
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** One group of filter checkboxes with result counts. On narrow screens the options flow in rows, so the results start within the first screen. */
function FilterGroup({
  legend,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  options: { value: string; label: string; count: number }[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  return (
    <fieldset className="flex flex-wrap gap-x-4 md:block">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2 py-0.5 text-sm">
          <input type="checkbox" checked={selected.includes(o.value)} onChange={() => onToggle(o.value)} />
          {o.label} <span className="muted">({o.count})</span>
        </label>
      ))}
    </fieldset>
  );
}

/** "12 results for “q”", and when some have only part of the query, how many have all of it. */
function resultsStatus(response: SearchResponse): string {
  const q = response.query.trim();
  const n = (count: number) => `${count.toLocaleString('en')} result${count === 1 ? '' : 's'}`;
  if (response.fullTotal >= response.total) return `${n(response.total)} for “${q}”.`;
  if (response.fullTotal === 0)
    return `${n(response.total)} for “${q}”; none has all the words, these have some of them.`;
  return `${n(response.total)} for “${q}”: ${response.fullTotal.toLocaleString('en')} with all the words, then ${(response.total - response.fullTotal).toLocaleString('en')} with some of them.`;
}

/** Nothing matched: what was searched, the nearest words and names, and a way on. */
function EmptyState({ response, onPick }: { response: SearchResponse; onPick: (q: string) => void }) {
  const replaceWord = (from: string, to: string) => response.query.replace(from, to).trim();
  // Near words other than the one "did you mean" already offers.
  const near = response.nearTerms.filter((t) => replaceWord(t.from, t.to) !== response.suggestion);
  return (
    <div className="space-y-3 text-sm">
      {response.searched.length > 0 ? (
        <p data-searched="">
          Searched for{' '}
          {response.searched.map((w, i) => (
            <span key={`${w}-${i}`}>
              {i > 0 ? ', ' : null}“{w}”
            </span>
          ))}
          {response.ignored.length > 0 ? <> (ignored: {response.ignored.join(', ')})</> : null}.
        </p>
      ) : null}
      {response.suggestion ? (
        <p>
          Did you mean{' '}
          <button
            type="button"
            className="font-semibold text-blue-800 underline dark:text-sky-300"
            onClick={() => onPick(response.suggestion ?? '')}
          >
            {response.suggestion}
          </button>
          ?
        </p>
      ) : null}
      {near.length > 0 ? (
        <p>
          Nearest words in the index:{' '}
          {near.map((t, i) => (
            <span key={`${t.from}-${t.to}`}>
              {i > 0 ? ', ' : null}
              <button
                type="button"
                className="text-blue-800 underline dark:text-sky-300"
                onClick={() => onPick(replaceWord(t.from, t.to))}
              >
                {t.to}
              </button>
            </span>
          ))}
          .
        </p>
      ) : null}
      {response.closestEntities.length > 0 ? (
        <div>
          <p>The closest names we have:</p>
          <ul className="mt-1 list-disc pl-5">
            {response.closestEntities.map((e) => (
              <li key={e.id}>
                <Link href={e.href}>{e.title}</Link>
                {e.alias ? <span className="muted"> (also known as {e.alias})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="subtle">Try fewer words, another spelling, or remove the filters.</p>
    </div>
  );
}
