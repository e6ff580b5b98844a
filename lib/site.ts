/** Site-wide constants, defined once. */
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
    { href: '/methodology/', label: 'Methodology' },
  ],
} as const;

const repositoryPath = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/** The page in the repository where `file` (a path from the repository root) is edited. */
export function editUrl(file: string): string {
  return `${SITE.repository}/edit/${SITE.branch}/${repositoryPath(file)}`;
}

/** The page in the repository that shows one commit. */
export function commitUrl(sha: string): string {
  return `${SITE.repository}/commit/${sha}`;
}
