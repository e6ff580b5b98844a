/** Site-wide constants, defined once. */
import { COLLECTION_TYPES, COLLECTIONS } from './collections';

/**
 * Where this copy of the site lives and where its content is edited: read once, from the
 * environment of the build (see the README, "Site identity").
 *
 * - `SITE_URL`: the public base URL (`https://corroborate.example.org`). Canonical links, OpenGraph,
 *   JSON-LD, feeds, the sitemap and the downloads are absolute only when it is set. Without it they
 *   are site-relative, say so, and a production build warns (`siteIdentityWarnings`).
 * - `REPOSITORY_URL` and `REPOSITORY_BRANCH` (default `main`): the repository readers can edit
 *   and whose commits the assessment history links to. Without it, no page links to a repository.
 */
export interface SiteIdentity {
  /** Public base URL without a trailing slash, or null when the build was not told one. */
  url: string | null;
  /** Repository web address without a trailing slash (GitHub-style `/edit/<branch>/<path>` and `/commit/<sha>` pages), or null. */
  repository: { url: string; branch: string } | null;
}

/** An absolute http(s) URL with nothing after the path, or an error naming the variable. */
function baseUrl(name: string, value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name}="${text}" is not a URL: give the full address, such as https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${name}="${text}" must be an http:// or https:// address`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`${name}="${text}" must be a plain address, without a query, fragment or credentials`);
  return url.href.replace(/\/+$/, '');
}

/** Reads the identity from an environment (exported for tests; the site uses `SITE`). */
export function siteIdentity(env: Record<string, string | undefined>): SiteIdentity {
  const repository = baseUrl('REPOSITORY_URL', env.REPOSITORY_URL);
  const branch = env.REPOSITORY_BRANCH?.trim() || 'main';
  return { url: baseUrl('SITE_URL', env.SITE_URL), repository: repository ? { url: repository, branch } : null };
}

const IDENTITY = siteIdentity({
  SITE_URL: process.env.SITE_URL,
  REPOSITORY_URL: process.env.REPOSITORY_URL,
  REPOSITORY_BRANCH: process.env.REPOSITORY_BRANCH,
});

export const SITE = {
  name: 'Corroborate',
  tagline: 'Reports broken into claims, each with its sources and how confident we are.',
  /** Public base URL without a trailing slash; null when the build was given none (links are then site-relative). */
  url: IDENTITY.url,
  /** Where the content is edited; null when none was configured (then no edit or commit links). */
  repository: IDENTITY.repository,
  /** The licence of our own text (assessments, rationales, notes) in pages and downloads; quoted reports and sources keep their publishers' terms. */
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  nav: [
    { href: '/reports/', label: 'Reports' },
    { href: '/claims/', label: 'Claims' },
    { href: '/sources/', label: 'Sources' },
    { href: '/entities/', label: 'Entities' },
    { href: '/timeline/', label: 'Timeline' },
    { href: '/methodology/', label: 'Methodology' },
  ],
} as const;

/**
 * The address of a site path (`/claims/x/`) for machines: absolute under SITE_URL, or the path
 * itself when no base URL was configured (never a guessed host such as localhost).
 */
export function absoluteUrl(path: string, identity: Pick<SiteIdentity, 'url'> = SITE): string {
  return identity.url ? `${identity.url}${path.startsWith('/') ? path : `/${path}`}` : path;
}

/** Why this build's machine-readable outputs are not what a production site needs; empty when nothing is missing. */
export function siteIdentityWarnings(identity: SiteIdentity = IDENTITY): string[] {
  const warnings: string[] = [];
  if (!identity.url)
    warnings.push(
      'SITE_URL is not set: canonical links, OpenGraph, JSON-LD, feeds, the sitemap and the downloads use site-relative addresses, which search engines and other sites cannot use. Set SITE_URL=https://your.domain for a production build.',
    );
  if (!identity.repository)
    warnings.push(
      'REPOSITORY_URL is not set: pages show no "Edit this page" or commit links. Set REPOSITORY_URL (and REPOSITORY_BRANCH if not main) to show them.',
    );
  return warnings;
}

/** Said wherever a machine-readable output had to use site-relative addresses. */
export const RELATIVE_URL_NOTE =
  'This copy of the site was built without a public base URL (SITE_URL), so its addresses are relative to the site root.';

/** Top-level pages that are not a collection's. */
export const SITE_PAGES = ['methodology', 'search', 'data', 'timeline', 'review'] as const;

/** Pages written by hand whose "Last changed" comes from git, like a content file's: name → source file. */
export const EDITORIAL_PAGES = { methodology: 'app/methodology/page.tsx' } as const;
export type EditorialPage = keyof typeof EDITORIAL_PAGES;

/** Every first path segment a page of this site can have: the collections' folders and the pages above. */
export const SITE_SECTIONS: ReadonlySet<string> = new Set([
  ...COLLECTION_TYPES.map((t) => COLLECTIONS[t].folder),
  ...SITE_PAGES,
]);

const repositoryPath = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/** The page in the repository where `file` (a path from the repository root) is edited; null without a configured repository. */
export function editUrl(file: string, repository: SiteIdentity['repository'] = SITE.repository): string | null {
  return repository
    ? `${repository.url}/edit/${encodeURIComponent(repository.branch).replace(/%2F/g, '/')}/${repositoryPath(file)}`
    : null;
}

/** The page in the repository that shows one commit; null without a configured repository. */
export function commitUrl(sha: string, repository: SiteIdentity['repository'] = SITE.repository): string | null {
  return repository && /^[0-9a-f]{7,64}$/.test(sha) ? `${repository.url}/commit/${sha}` : null;
}

/** A file of the repository as it was at a commit; null without a configured repository. */
export function fileAtCommitUrl(
  file: string,
  sha: string,
  repository: SiteIdentity['repository'] = SITE.repository,
): string | null {
  return repository && /^[0-9a-f]{40}$/.test(sha) ? `${repository.url}/blob/${sha}/${repositoryPath(file)}` : null;
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
