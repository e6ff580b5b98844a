'use client';

import { Fragment, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { getSearchClient } from '@/lib/search/client';
import { ResultSummary } from './result-item';
import { useSearch } from './use-search';

const SUGGESTIONS = 8;

export const searchPageHref = (query: string) => `/search/?q=${encodeURIComponent(query.trim())}`;

/** true when the key press happens where the reader is typing text (then `/` must type a slash). */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * The header search: a WAI-ARIA combobox with results as you type. `/` or Ctrl/⌘-K focuses it;
 * arrows move through the results, Enter opens one (or the full results page), Escape closes.
 * Without JavaScript it is a plain form that opens /search/?q=….
 */
export function SearchBox() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const { response, pending } = useSearch(value, { limit: SUGGESTIONS }, open);
  const hits = response?.hits ?? [];
  const hasQuery = value.trim().length > 0;
  // The options: the results, then "all results" as the last one.
  const optionCount = hasQuery ? hits.length + 1 : 0;
  const expanded = open && hasQuery;

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const isK = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey;
      const isSlash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingTarget(e.target);
      if (isK || isSlash) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    // The "/" and Ctrl/⌘-K shortcuts work from now on; the attribute says so (tests wait for it).
    inputRef.current?.setAttribute('data-shortcuts', 'on');
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    inputRef.current?.blur();
    // A page of its own: the browser loads it (the site has no client-side navigation).
    window.location.assign(href);
  };

  const choose = (index: number) => {
    const hit = hits[index];
    if (hit) go(hit.href);
    else if (hasQuery) go(searchPageHref(value));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hasQuery) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // Cycle through the options and back to the input (−1).
      setActive((a) => ((a + 1 + step + optionCount + 1) % (optionCount + 1)) - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (expanded && active >= 0) choose(active);
      else if (hasQuery) go(searchPageHref(value));
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        e.preventDefault();
        setValue('');
      }
    }
  };

  const status = !expanded
    ? ''
    : response
      ? response.total === 0
        ? 'No results.'
        : `${response.total} result${response.total === 1 ? '' : 's'}; use the up and down arrows to choose.`
      : pending
        ? 'Searching…'
        : '';

  return (
    <form
      role="search"
      // The /search page has a search form of its own: landmarks need distinct names.
      aria-label="Site search"
      action="/search/"
      method="get"
      className="relative"
      onSubmit={(e) => {
        e.preventDefault();
        if (hasQuery) go(searchPageHref(value));
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        Search claims, sources, entities and reports
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        name="q"
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 && active < optionCount ? optionId(active) : undefined}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        maxLength={2000}
        placeholder="Search (press /)"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => {
          getSearchClient().load();
          if (hasQuery) setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400"
      />
      <div role="status" aria-live="polite" className="sr-only">
        {status}
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        hidden={!expanded}
        // Keep focus in the input while clicking an option.
        onMouseDown={(e) => e.preventDefault()}
        className="absolute right-0 z-50 mt-1 max-h-[70vh] w-[min(28rem,calc(100vw-2rem))] overflow-y-auto rounded-md border border-stone-300 bg-white py-1 shadow-lg dark:border-stone-600 dark:bg-stone-900"
      >
        {hits.map((hit, i) => (
          <Fragment key={`${hit.type}:${hit.id}`}>
            {hit.missing && (i === 0 || !hits[i - 1]!.missing) ? (
              <li role="presentation" className="px-3 pb-0.5 pt-2 text-xs font-semibold uppercase tracking-wide muted">
                Some of the words
              </li>
            ) : null}
            <li
              id={optionId(i)}
              role="option"
              aria-selected={active === i}
              onClick={() => choose(i)}
              onMouseMove={() => active !== i && setActive(i)}
              className={`cursor-pointer px-3 py-2 ${active === i ? 'bg-blue-50 outline-2 -outline-offset-2 outline-blue-600 dark:bg-sky-950 dark:outline-sky-400' : ''}`}
            >
              <ResultSummary hit={hit} compact />
            </li>
          </Fragment>
        ))}
        {response && response.total === 0 ? (
          <li role="presentation" className="px-3 py-2 text-sm subtle">
            No results for {response.searched.map((w) => `“${w}”`).join(', ') || `“${response.query.trim()}”`}
            {response.suggestion ? ` — did you mean “${response.suggestion}”?` : '.'}
            {response.nearTerms.length > 0
              ? ` Nearest words: ${response.nearTerms.map((t) => t.to).join(', ')}.`
              : null}
            {response.closestEntities.length > 0
              ? ` Closest: ${response.closestEntities.map((e) => (e.alias ? `${e.title} (${e.alias})` : e.title)).join(', ')}.`
              : null}
          </li>
        ) : null}
        {hasQuery ? (
          <li
            id={optionId(hits.length)}
            role="option"
            aria-selected={active === hits.length}
            onClick={() => choose(hits.length)}
            onMouseMove={() => active !== hits.length && setActive(hits.length)}
            className={`cursor-pointer border-t border-stone-200 px-3 py-2 text-sm font-medium text-blue-800 dark:border-stone-700 dark:text-sky-300 ${active === hits.length ? 'bg-blue-50 outline-2 -outline-offset-2 outline-blue-600 dark:bg-sky-950 dark:outline-sky-400' : ''}`}
          >
            {response && response.total > hits.length ? `All ${response.total} results` : 'Open the search page'} for “
            {value.trim().slice(0, 60)}”
          </li>
        ) : null}
      </ul>
    </form>
  );
}
