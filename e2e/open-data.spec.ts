/**
 * Open data, as a reader and a machine meet it in the built site: the data page and its downloads,
 * the feeds linked from every page, the sitemap against the pages that exist, ClaimReview on every
 * claim page, and no link to a repository the build was not given.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';

const OUT = path.resolve('out');

function htmlPages(dir = OUT): string[] {
  const pages: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name === 'index.html') pages.push(path.relative(OUT, path.join(e.parentPath, e.name)));
  }
  return pages;
}

/** The site path of a built page: `claims/x/index.html` → `/claims/x/`. */
const pathOf = (rel: string) =>
  `/${rel
    .split(path.sep)
    .join('/')
    .replace(/index\.html$/, '')}`;

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

test('the data page lists every download with its size, date, format version and licence, and each file is what it says', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').last().getByRole('link', { name: 'Open data' }).click();
  await expect(page).toHaveURL('/data/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  await expect(page.getByRole('region', { name: 'Licence and date' })).toContainText('CC BY 4.0');
  await expect(page.getByRole('region', { name: 'Licence and date' })).toContainText(
    /last changed on \d{1,2} \w+ \d{4}/,
  );

  const rows = page.getByTestId('download');
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(7 + 2 * 3);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const file = (await row.getAttribute('data-path'))!;
    const bytes = Number(await row.getAttribute('data-bytes'));
    const response = await request.get(`/${file}`);
    expect(response.status(), file).toBe(200);
    expect((await response.body()).byteLength, `${file}: the size the page shows`).toBe(bytes);
    await expect(row).toContainText(bytes < 1000 ? `${bytes} bytes` : /\d+(\.\d+)? (kB|MB)/);
  }
  // Format versions and the column order are shown.
  await expect(page.getByRole('region', { name: 'Downloads of the whole knowledge base' })).toContainText(
    'schema_version 1.0.0',
  );
  await expect(page.getByRole('region', { name: 'Downloads of the whole knowledge base' })).toContainText(
    'version 2.1',
  );
  await expect(
    page.getByRole('region', { name: 'Columns of claims.csv, in order' }).getByRole('row').nth(1),
  ).toContainText('id');

  // The STIX note links the mapping on the methodology page.
  await page.getByRole('link', { name: 'methodology page' }).click();
  await expect(page).toHaveURL('/methodology/#h-stix');
  await expect(page.locator('#h-stix')).toBeInViewport();
  await expect(page.getByTestId('stix-mapping')).toContainText('Likelihood: Almost certain');
  await expect(page.getByTestId('stix-mapping')).toContainText('95');
});

test('every page names the feeds in its head, the footer links them, and each feed parses', async ({
  page,
  request,
}) => {
  for (const rel of htmlPages()) {
    const html = fs.readFileSync(path.join(OUT, rel), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    if (rel === '404/index.html' || rel.startsWith('_not-found')) continue;
    for (const type of ['application/atom+xml', 'application/rss+xml', 'application/feed+json'])
      expect(head, `${rel} links its ${type} feeds`).toContain(`rel="alternate" type="${type}"`);
  }
  await page.goto('/claims/');
  const footerFeed = page.getByTestId('footer-feeds').getByRole('link', { name: 'claims (Atom)' });
  const href = (await footerFeed.getAttribute('href'))!;
  const atom = parseAtomFeed(await (await request.get(href)).text());
  expect(atom.entries!.length).toBeGreaterThan(0);
  for (const key of ['claims', 'reports']) {
    expect(parseRssFeed(await (await request.get(`/feeds/${key}.rss.xml`)).text()).items!.length).toBeGreaterThan(0);
    expect(parseJsonFeed(await (await request.get(`/feeds/${key}.json`)).json()).items!.length).toBeGreaterThan(0);
  }
  // A feed's links lead to pages that exist.
  const first = atom.entries![0]!.links![0]!.href!;
  const response = await request.get(new URL(first, 'http://x').pathname);
  expect(response.status()).toBe(200);
});

test('the sitemap lists exactly the pages the build made, each with a lastmod', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]!, 'http://x').pathname);
  const built = htmlPages()
    .map(pathOf)
    .filter((p) => p !== '/404/' && !p.startsWith('/_not-found'));
  expect(new Set(locs).size).toBe(locs.length);
  expect([...locs].sort()).toEqual([...built].sort());
  expect([...xml.matchAll(/<lastmod>/g)].length).toBeGreaterThan(locs.length - 3);
  const robots = await (await request.get('/robots.txt')).text();
  if (process.env.SITE_URL) expect(robots).toContain(`Sitemap: ${process.env.SITE_URL.replace(/\/$/, '')}/sitemap.xml`);
  else {
    expect(xml).toContain('without a public base URL');
    expect(robots).toContain('without a public base URL');
    expect(xml + robots).not.toContain('localhost');
  }
});

test('every claim page carries a ClaimReview with its required fields', () => {
  const claims = htmlPages().filter((rel) => /^claims[/\\][^/\\]+[/\\]index\.html$/.test(rel));
  expect(claims.length).toBeGreaterThan(0);
  for (const rel of claims) {
    const [review] = jsonLdOf(fs.readFileSync(path.join(OUT, rel), 'utf8')).filter(
      (d) => d['@type'] === 'ClaimReview',
    ) as {
      claimReviewed?: string;
      url?: string;
      author?: { name?: string };
      datePublished?: string;
      reviewRating: { alternateName?: string };
      itemReviewed?: { '@type'?: string };
    }[];
    expect(review, rel).toBeDefined();
    expect(review!.claimReviewed, rel).toBeTruthy();
    expect(review!.url, rel).toMatch(new RegExp(`${pathOf(rel)}$`));
    expect(review!.author?.name, rel).toBe('Corroborate');
    expect(review!.datePublished, rel).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review!.reviewRating?.alternateName, rel).toBeTruthy();
    if (review!.reviewRating.alternateName !== 'Opinion')
      expect(review!.reviewRating, rel).toMatchObject({
        bestRating: 5,
        worstRating: 1,
        ratingValue: expect.any(Number),
      });
    expect(review!.itemReviewed?.['@type'], rel).toBe('Claim');
  }
});

test('a report page links its machine-readable forms, and its annotations load', async ({ page, request }) => {
  await page.goto('/reports/');
  await page.locator('main h2 a').first().click();
  const data = page.getByTestId('item-downloads');
  await expect(data).toContainText('W3C Web Annotations');
  const href = (await data.getByRole('link', { name: 'W3C Web Annotations' }).getAttribute('href'))!;
  const collection = (await (await request.get(href)).json()) as { type: string; total: number };
  expect(collection.type).toBe('AnnotationCollection');
  expect(collection.total).toBeGreaterThan(0);
  const stix = (await (
    await request.get((await data.getByRole('link', { name: 'STIX 2.1 bundle' }).getAttribute('href'))!)
  ).json()) as { type: string };
  expect(stix.type).toBe('bundle');
});

test('no page links to a repository the build was not given', () => {
  const configured = process.env.REPOSITORY_URL?.replace(/\/$/, '');
  let edits = 0;
  for (const rel of htmlPages()) {
    const html = fs.readFileSync(path.join(OUT, rel), 'utf8');
    expect(html, rel).not.toContain('corroborate-kb');
    const links = [...html.matchAll(/href="([^"]*\/(edit|commit)\/[^"]*)"/g)].map((m) => m[1]!);
    for (const link of links) {
      expect(configured, `${rel} links ${link} without a configured repository`).toBeTruthy();
      expect(link.startsWith(`${configured}/`)).toBe(true);
    }
    if (html.includes('Edit this page')) edits++;
  }
  if (!configured) expect(edits).toBe(0);
  else expect(edits).toBeGreaterThan(0);
});
