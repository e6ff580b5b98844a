/**
 * Rewrites the address bar without loading a page: for filters and queries that live in the URL.
 * Next keeps useSearchParams in step with the History API, and the site has no client-side
 * navigation (no page payloads to fetch), so this is how a page changes its own query string.
 */
export function replaceUrl(href: string): void {
  window.history.replaceState(null, '', href);
}
