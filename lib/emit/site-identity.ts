/**
 * Where the build says that it was not told the site's public address (SITE_URL) or repository:
 * loudly in the build's output, and in the outputs that would otherwise look complete. Without a
 * base URL the sitemap lists site-relative paths (search engines need absolute ones) and robots.txt
 * names no sitemap; both get a comment that says why, instead of an address such as localhost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RELATIVE_URL_NOTE, SITE } from '../model/site';
import type { Emitter } from './emitter';

const SET_IT = 'Set SITE_URL=https://your.domain when building the public site.';

/** The warnings as a box that stands out in a build log. */
export function loudWarning(warnings: string[]): string {
  if (!warnings.length) return '';
  const bar = '!'.repeat(78);
  return [
    bar,
    '!! SITE IDENTITY: this build is not configured for publication',
    ...warnings.map((w) => `!! - ${w}`),
    bar,
  ].join('\n');
}

export const siteIdentityNotes: Emitter = {
  name: 'Site identity',
  site(dir) {
    if (SITE.url)
      return `base URL ${SITE.url}${SITE.repository ? `, repository ${SITE.repository.url} (${SITE.repository.branch})` : ', no repository (no edit or commit links)'}`;
    const sitemap = path.join(dir, 'sitemap.xml');
    if (fs.existsSync(sitemap)) {
      const xml = fs.readFileSync(sitemap, 'utf8');
      fs.writeFileSync(
        sitemap,
        xml.replace(
          /^(<\?xml[^>]*\?>\s*)?/,
          (decl) => `${decl}<!-- ${RELATIVE_URL_NOTE} Every <loc> below is a path, not a URL. ${SET_IT} -->\n`,
        ),
      );
    }
    const robots = path.join(dir, 'robots.txt');
    if (fs.existsSync(robots))
      fs.writeFileSync(
        robots,
        `# ${RELATIVE_URL_NOTE}\n# No Sitemap line: it must be an absolute URL. ${SET_IT}\n${fs.readFileSync(robots, 'utf8')}`,
      );
    return 'no base URL: sitemap.xml and robots.txt say so';
  },
};
