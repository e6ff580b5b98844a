/**
 * A real build with the site identity configured (SITE_URL, REPOSITORY_URL, REPOSITORY_BRANCH), from
 * the valid-but-hostile fixture, in a private copy of the project (as tests/build-atomic.test.ts
 * does): every machine-readable output uses the configured address, edit and commit links go to
 * the configured repository and nowhere else, and the hostile strings still come out as text.
 * The build without them is the one `npm test` runs (e2e/open-data.spec.ts checks it). One build,
 * about 30 s.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAtomFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../e2e/site-audit';
import { copyProject, runBuild } from './helpers/project';

const SITE_URL = 'https://kb.example.org';
const REPOSITORY_URL = 'https://git.example.org/team/knowledge-base';

let project: string;
let out: string;
let output = '';
let status: number | null = null;

beforeAll(async () => {
  project = copyProject('corroborate-identity-');
  out = path.join(project, 'out');
  ({ status, output } = await runBuild(project, {
    CORROBORATE_CONTENT_DIR: 'tests/fixtures/hostile/_valid-but-hostile',
    SITE_URL: `${SITE_URL}/`,
    REPOSITORY_URL,
    REPOSITORY_BRANCH: 'live',
  }));
}, 300_000);

afterAll(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');

describe('a build with the site identity configured', () => {
  it('builds without the warning, and every page passes the output-safety checks', () => {
    expect(status, output.slice(-3000)).toBe(0);
    expect(output).not.toContain('SITE IDENTITY');
    expect(output).toContain(`Site identity: base URL ${SITE_URL}, repository ${REPOSITORY_URL} (live)`);
    const audit = auditSite(out);
    expect(audit.problems).toEqual([]);
  });

  it('gives absolute addresses under SITE_URL in the head, JSON-LD, sitemap, robots.txt, feeds and downloads', () => {
    const claim = read('claims/formula-in-title/index.html');
    expect(claim).toContain(`<link rel="canonical" href="${SITE_URL}/claims/formula-in-title/"/>`);
    expect(claim).toContain(`<meta property="og:url" content="${SITE_URL}/claims/formula-in-title/"/>`);
    expect(claim).toContain(`href="${SITE_URL}/feeds/claims.atom.xml"`);
    expect(claim).toContain(`"url":"${SITE_URL}/claims/formula-in-title/"`);
    const sitemap = read('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc.startsWith(`${SITE_URL}/`)).toBe(true);
    expect(sitemap).not.toContain('without a public base URL');
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    const atom = parseAtomFeed(read('feeds/claims.atom.xml'));
    for (const e of atom.entries!) expect(e.links![0]!.href!.startsWith(`${SITE_URL}/claims/`)).toBe(true);
    const kb = JSON.parse(read('data/corroborate.json')) as {
      base_url: string;
      note?: string;
      claims: { url: string }[];
    };
    expect(kb.base_url).toBe(SITE_URL);
    expect(kb.note).toBeUndefined();
    expect(kb.claims[0]!.url.startsWith(`${SITE_URL}/claims/`)).toBe(true);
    expect(read('data/corroborate.stix.json')).toContain(`"url":"${SITE_URL}/claims/`);
    expect(read('data/index.html')).not.toContain('data-testid="relative-note"');
  });

  it('links "Edit this page" and the history commits to the configured repository only', () => {
    let edits = 0;
    for (const e of fs.readdirSync(out, { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !e.name.endsWith('.html')) continue;
      const html = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
      for (const m of html.matchAll(/href="([^"]*\/(?:edit|commit)\/[^"]*)"/g)) {
        expect(m[1]!.startsWith(`${REPOSITORY_URL}/`), m[1]).toBe(true);
        edits++;
      }
      expect(html).not.toContain('corroborate-kb');
    }
    expect(edits).toBeGreaterThan(5);
    expect(read('claims/formula-in-title/index.html')).toContain(
      `href="${REPOSITORY_URL}/edit/live/tests/fixtures/hostile/_valid-but-hostile/claims/formula-in-title.mdx"`,
    );
  });

  it('keeps hostile titles safe in the JSON-LD of the page', () => {
    const html = read('claims/formula-in-title/index.html');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    // One block, written into the HTML after export (lib/emit/json-ld.ts): not carried again in the page's hydration payload.
    expect(blocks).toHaveLength(1);
    expect(html.match(/ClaimReview/g)).toHaveLength(1);
    for (const block of blocks) {
      expect(block).not.toMatch(/<|\u2028|\u2029/);
      const review = JSON.parse(block) as { claimReviewed: string; name: string };
      expect(review.claimReviewed).toContain('</script><!--');
      expect(review.claimReviewed).toContain('\u2028');
      expect(review.name).toBe('=cmd|\' /C calc\'!A0, "quoted", ]]> and ]]> again');
    }
  });
});
