/** Site-wide constants, defined once. */
import { COLLECTION_TYPES, COLLECTIONS } from './collections';

export const SITE = {
  name: 'Corroborate',
  tagline: 'Reports broken into claims, each with its sources and how confident we are.',
  /** Public base URL, used for canonical links and JSON-LD. Override with SITE_URL at build time. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
  /** Where the content lives, for "Edit this page" links. Override with REPOSITORY_URL. */
  repository: (process.env.REPOSITORY_URL ?? 'https://github.com/corroborate-kb/corroborate').replace(/\/$/, ''),
  branch: process.env.REPOSITORY_BRANCH ?? 'main',
  nav: [
    { href: '/reports/', label: 'Reports' },
    { href: '/claims/', label: 'Claims' },
    { href: '/sources/', label: 'Sources' },
    { href: '/entities/', label: 'Entities' },
    { href: '/timeline/', label: 'Timeline' },
    { href: '/methodology/', label: 'Methodology' },
  ],
} as const;

/** Top-level pages that are not a collection's. */
export const SITE_PAGES = ['methodology', 'search', 'timeline', 'review'] as const;

/** Pages written by hand whose "Last changed" comes from git, like a content file's: name → source file. */
export const EDITORIAL_PAGES = { methodology: 'app/methodology/page.tsx' } as const;
export type EditorialPage = keyof typeof EDITORIAL_PAGES;

/** Every first path segment a page of this site can have: the collections' folders and the pages above. */
export const SITE_SECTIONS: ReadonlySet<string> = new Set([...COLLECTION_TYPES.map((t) => COLLECTIONS[t].folder), ...SITE_PAGES]);

const repositoryPath = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/** The page in the repository where `file` (a path from the repository root) is edited. */
export function editUrl(file: string): string {
  return `${SITE.repository}/edit/${SITE.branch}/${repositoryPath(file)}`;
}

/** The page in the repository that shows one commit. */
export function commitUrl(sha: string): string {
  return `${SITE.repository}/commit/${sha}`;
}

/**
 * A static export refuses a dynamic route with no pages at all (a knowledge base with one report
 * has no comparisons). Such a route is given this one id, which no content id can be (ids are
 * kebab-case letters and digits); its page is a 404, and the build removes it from the site.
 */
export const PLACEHOLDER_ID = '-';

/** Static params for a route, or the placeholder when there are none. */
export function orPlaceholder<T extends Record<string, string>>(params: T[], keys: (keyof T)[]): T[] {
  return params.length ? params : [Object.fromEntries(keys.map((k) => [k, PLACEHOLDER_ID])) as T];
}
