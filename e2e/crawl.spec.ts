/**
 * The whole built site, every page (not a sample):
 *  - crawled from / over HTTP: every internal link and every #anchor resolves, every asset loads,
 *    and the crawl reaches every .html file in out/ (the only pages no link leads to are the 404s);
 *  - opened in Chromium under the site's Content-Security-Policy: exactly one h1, a title, no
 *    console error (a hydration error named as one), no CSP violation, only the framework's
 *    scripts and no on*= attribute in the live DOM, and no axe-core WCAG 2.2 AA violation in
 *    light, dark and at mobile width;
 *  - search, as a reader uses it: words of titles taken from the built index find their pages,
 *    and the page never says search is unavailable.
 * Findings are collected per page and reported together, so one run shows every problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { classifyScript, htmlFiles, urlPathOf } from '../lib/emit/csp';
import { hrefOf, type CollectionType } from '../lib/model/collections';
import { INDEX_URL, type SearchIndexData, textShardUrl } from '../lib/search/codec';
import { verifySearchIndex } from '../lib/search/verify';
import { hydrationErrors, tagsOf } from './site-audit';

const OUT = path.resolve('out');
const PAGES = fs.existsSync(path.join(OUT, 'index.html')) ? htmlFiles(OUT).map(urlPathOf) : [];
/** Pages that nothing links to by design: the host serves them for unknown paths. */
const UNLINKED = new Set(['/404.html', '/404/', '/_not-found/']);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MODES = [
  { name: 'light', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', colorScheme: 'light', viewport: { width: 375, height: 812 } },
] as const;
/** The page list is split so the two workers share it; each part reuses one browser page. */
const PARTS = Number(process.env.CRAWL_PARTS ?? 6);

test.describe.configure({ mode: 'parallel' });

test('out/ holds a built site', () => {
  expect(PAGES.length, 'no built site in out/: run npm run build first').toBeGreaterThan(0);
});

async function fetchAll(request: APIRequestContext, urls: string[], limit = 8) {
  const results = new Map<string, { status: number; type: string; body: string }>();
  for (let i = 0; i < urls.length; i += limit) {
    await Promise.all(
      urls.slice(i, i + limit).map(async (u) => {
        const res = await request.get(u, { maxRedirects: 0 });
        const type = res.headers()['content-type'] ?? '';
        results.set(u, { status: res.status(), type, body: type.startsWith('text/html') ? await res.text() : '' });
      }),
    );
  }
  return results;
}

test('crawling from / reaches every page; every internal link, anchor and asset resolves', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(5 * 60_000);
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, { status: number; type: string; body: string }>();
  const links: { from: string; href: string; path: string; hash: string }[] = [];
  const assets = new Set<string>();
  let frontier = ['/'];
  const seen = new Set(frontier);
  let externalLinks = 0;
  while (frontier.length) {
    const fetched = await fetchAll(request, frontier);
    frontier = [];
    for (const [from, res] of fetched) {
      pages.set(from, res);
      if (!res.body) continue;
      for (const tag of tagsOf(res.body)) {
        const ref =
          tag.name === 'a'
            ? tag.attributes.get('href')
            : tag.name === 'link'
              ? tag.attributes.get('href')
              : tag.name === 'script' || tag.name === 'img'
                ? tag.attributes.get('src')
                : undefined;
        if (ref === undefined) continue;
        const url = new URL(ref, origin + from);
        if (url.origin !== origin) {
          if (tag.name === 'a') externalLinks++;
          continue;
        }
        if (tag.name !== 'a') {
          assets.add(url.pathname);
          continue;
        }
        links.push({ from, href: ref, path: url.pathname, hash: url.hash });
        if (!seen.has(url.pathname)) {
          seen.add(url.pathname);
          frontier.push(url.pathname);
        }
      }
    }
  }
  const assetResults = await fetchAll(
    request,
    [...assets].filter((a) => !pages.has(a)),
  );

  const problems: string[] = [];
  for (const link of links) {
    const target = pages.get(link.path)!;
    if (target.status !== 200) problems.push(`${link.from}: link ${link.href} → HTTP ${target.status}`);
    else if (link.hash.length > 1) {
      const id = decodeURIComponent(link.hash.slice(1));
      const ids = tagsOf(target.body).map((t) => t.attributes.get('id') ?? t.attributes.get('name'));
      if (!ids.includes(id))
        problems.push(`${link.from}: link ${link.href} → no element with id "${id}" on ${link.path}`);
    }
  }
  for (const [asset, res] of assetResults) if (res.status !== 200) problems.push(`asset ${asset} → HTTP ${res.status}`);

  const crawled = [...pages].filter(([, r]) => r.status === 200 && r.type.startsWith('text/html')).map(([p]) => p);
  const unreachable = PAGES.filter((p) => !UNLINKED.has(p) && !crawled.includes(p));
  const notBuilt = crawled.filter((p) => !PAGES.includes(p));
  const anchors = links.filter((l) => l.hash.length > 1).length;
  console.log(
    `crawl: ${crawled.length} pages reached of ${PAGES.length} built; ${links.length} internal links (${new Set(links.map((l) => l.path + l.hash)).size} distinct, ${anchors} with anchors), ${assets.size} assets, ${externalLinks} external links`,
  );
  expect(problems).toEqual([]);
  expect(unreachable, 'built pages that no link leads to').toEqual([]);
  expect(notBuilt, 'pages served that are not files in out/').toEqual([]);
});

interface Watch {
  errors: string[];
}

/** Console errors, uncaught exceptions, failed same-origin requests and CSP violations, per page. */
async function watch(page: Page, origin: string): Promise<Watch> {
  const w: Watch = { errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console error: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => w.errors.push(`uncaught: ${e.message.slice(0, 300)}`));
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(origin) && r.failure()?.errorText !== 'net::ERR_ABORTED')
      w.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('dialog', (d) => {
    w.errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp?: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (e) =>
      store.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`),
    );
  });
  return w;
}

/** What the live DOM holds: scripts (as the browser parsed them) and on*= attributes. */
async function domFindings(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => ({
    scripts: [...document.scripts].map((s) => ({
      attributes: [...s.attributes].map((a) => ` ${a.name}="${a.value}"`).join(''),
      text: s.text,
    })),
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
    ),
    csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
    h1: document.querySelectorAll('h1').length,
    title: document.title.trim(),
  }));
  const out: string[] = [];
  for (const s of found.scripts)
    if (classifyScript({ ...s, index: 0 }) === 'unknown')
      out.push(`script not the framework's: <script${s.attributes}>${s.text.slice(0, 80)}`);
  for (const h of found.handlers) out.push(`event-handler attribute ${h}`);
  for (const v of found.csp) out.push(`CSP violation: ${v}`);
  if (found.h1 !== 1) out.push(`${found.h1} h1 elements, expected exactly 1`);
  if (!found.title) out.push('empty <title>');
  return out;
}

/** Waits until hydration is done: the main thread has been idle once (Next keeps prefetching, so the network never is). */
async function settled(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2_000 })));
}

const chunks = Array.from({ length: PARTS }, (_, part) => PAGES.filter((_, i) => i % PARTS === part));

chunks.forEach((mine, part) => {
  test(`pages, part ${part + 1} of ${PARTS}: headings, title, console, CSP, DOM and axe (light, dark, mobile)`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(15 * 60_000);
    const origin = new URL(baseURL!).origin;
    const w = await watch(page, origin);
    const problems: string[] = [];
    let axeChecks = 0;
    for (const url of mine) {
      w.errors.length = 0;
      await page.setViewportSize(MODES[0].viewport);
      await page.emulateMedia({ colorScheme: 'light' });
      const res = await page.goto(url, { waitUntil: 'load' });
      await settled(page);
      if (res?.status() !== 200) problems.push(`${url}: HTTP ${res?.status()}`);
      for (const f of await domFindings(page)) problems.push(`${url}: ${f}`);
      for (const mode of MODES) {
        await page.setViewportSize(mode.viewport);
        await page.emulateMedia({ colorScheme: mode.colorScheme });
        // Legacy mode runs axe in the page itself instead of opening a page per run (no iframes here).
        const result = await new AxeBuilder({ page })
          .setLegacyMode(true)
          .withTags(AXE_TAGS)
          .options({ resultTypes: ['violations'] })
          .analyze();
        axeChecks++;
        for (const v of result.violations) {
          const nodes = v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' ')}${n.any[0]?.message ? ` (${n.any[0].message.slice(0, 120)})` : ''}`);
          problems.push(
            `${url} [${mode.name}] axe ${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s): ${nodes.join(' | ')}`,
          );
        }
      }
      // Late console errors (hydration) and CSP violations seen after the checks above.
      for (const e of w.errors)
        problems.push(
          hydrationErrors([e]).length
            ? `${url}: hydration error (the page the browser built differs from its HTML): ${e}`
            : `${url}: ${e}`,
        );
      const late = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      for (const v of late)
        if (!problems.includes(`${url}: CSP violation: ${v}`)) problems.push(`${url}: CSP violation: ${v}`);
    }
    console.log(
      `part ${part + 1}/${PARTS}: ${mine.length} pages, ${axeChecks} axe checks, ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
  });
});

test('client-side navigation and search run under the policy without a violation', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL!).origin);
  await page.goto('/', { waitUntil: 'networkidle' });
  for (const label of ['Claims', 'Sources', 'Entities', 'Reports', 'Methodology']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  const box = page.getByRole('combobox', { name: /search/i });
  await box.click();
  await box.pressSequentially('Kabul');
  await expect(
    page
      .getByRole('listbox', { name: /search results/i })
      .getByRole('option')
      .first(),
  ).toBeVisible();
  await page.goto('/search/?q=Kandahar', { waitUntil: 'networkidle' });
  await expect(page.getByRole('main').getByRole('status')).not.toBeEmpty();
  const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect([...w.errors, ...csp]).toEqual([]);
});

test('search works in the browser: words of titles from the built index find their pages', async ({
  page,
  baseURL,
}) => {
  // The queries the build's own check answers (lib/search/verify.ts), read from out/ as the browser reads it.
  const read = (url: string) => fs.readFileSync(path.join(OUT, url), 'utf8');
  const index = read(INDEX_URL);
  const { shards } = JSON.parse(index) as SearchIndexData;
  const { checked } = verifySearchIndex({ index, shards: shards.slice(0, -1).map((_, i) => read(textShardUrl(i))) });
  expect(checked.length).toBeGreaterThan(0);
  const w = await watch(page, new URL(baseURL!).origin);
  const found: string[] = [];
  for (const { query, expected } of checked.slice(0, 3)) {
    const [type, id] = expected.split(':') as [CollectionType, string];
    await page.goto(`/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.first(), `"${query}" finds nothing`).toBeVisible();
    await expect(page.getByText(/search is unavailable/i)).toHaveCount(0);
    const hrefs = await results.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    if (hrefs.includes(hrefOf(type, id))) found.push(expected);
  }
  expect(found.length, 'no query found the page whose title it came from').toBeGreaterThan(0);
  expect(w.errors).toEqual([]);
});
