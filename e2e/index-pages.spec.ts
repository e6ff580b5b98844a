/**
 * Index pages at a size the real content has not reached: a site built from 250 synthetic claims
 * (the benchmark's generator) splits its claims index into static pages of a hundred, and the
 * filters work over all 250 from the facet file, whichever page the reader is on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { generateContent } from '../bench/site/generate';
import type { ClaimFacetsData } from '../lib/model/claim-facets';
import { buildFixtureSite, type FixtureSite } from './fixture-site';

test.describe.configure({ mode: 'serial' });

const CLAIMS = 250;
let site: FixtureSite;
let content: string;
test.beforeAll(async () => {
  test.setTimeout(8 * 60_000);
  content = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-index-pages-'));
  generateContent(content, CLAIMS);
  site = await buildFixtureSite([content], {
    port: Number(process.env.E2E_INDEX_PORT ?? 4184),
    buildDate: '2026-12-01',
  });
});
test.afterAll(() => {
  site?.close();
  if (content) fs.rmSync(content, { recursive: true, force: true });
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the claims index is static pages of a hundred, linked by a pager', async ({ page }) => {
  await page.goto(`${site.url}/claims/`);
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(`Showing claims 1–100 of ${CLAIMS}`);
  const items = page.getByTestId('claim-list').getByRole('listitem');
  await expect(items).toHaveCount(100);
  const firstOnPageOne = await items.first().getByRole('link').textContent();

  const pager = page.getByRole('navigation', { name: 'Pages of claims' });
  await expect(pager.getByText('1', { exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(pager.getByRole('link', { name: 'Previous' })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);

  await pager.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(`${site.url}/claims/page/2/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims, page 2');
  await expect(status).toHaveText(`Showing claims 101–200 of ${CLAIMS}`);
  await expect(items).toHaveCount(100);
  expect(await items.first().getByRole('link').textContent()).not.toBe(firstOnPageOne);
  await expect(page).toHaveTitle(/^Claims, page 2/);

  await pager.getByRole('link', { name: 'Page 3' }).click();
  await expect(page).toHaveURL(`${site.url}/claims/page/3/`);
  await expect(status).toHaveText(`Showing claims 201–250 of ${CLAIMS}`);
  await expect(items).toHaveCount(50);
  await expect(pager.getByRole('link', { name: 'Next' })).toHaveCount(0);
  await pager.getByRole('link', { name: 'Page 1' }).click();
  await expect(page).toHaveURL(`${site.url}/claims/`);

  // Each page has one address: no page 1 under /page/, nothing past the last page.
  for (const missing of ['/claims/page/1/', '/claims/page/4/', '/claims/page/02/', '/sources/page/2/'])
    expect((await page.goto(`${site.url}${missing}`))?.status(), missing).toBe(404);
});

test('filters cover every claim, from any page, read from the facet file', async ({ page, request }) => {
  const facets = (await (await request.get(`${site.url}/claims/facets.json`)).json()) as ClaimFacetsData;
  expect(facets.claims).toHaveLength(CLAIMS);
  const byAssessment = new Map<string, number>();
  for (const row of facets.claims) byAssessment.set(row[2], (byAssessment.get(row[2]) ?? 0) + 1);
  // The most common verdict: more matches than one page of the list shows.
  const [assessment, matches] = [...byAssessment].sort((a, b) => b[1] - a[1])[0]!;

  await page.goto(`${site.url}/claims/page/2/`);
  await page.getByLabel('Assessment').selectOption(assessment);
  // Filters apply to the whole knowledge base, so the filtered view is the index's own address.
  await expect(page).toHaveURL(`${site.url}/claims/?assessment=${assessment}`);
  const status = page.getByRole('main').getByRole('status');
  const items = page.getByTestId('claim-list').getByRole('listitem');
  const label = await page.getByLabel('Assessment').locator('option:checked').textContent();
  if (matches > 100) {
    await expect(status).toHaveText(`Showing the first 100 of ${matches} matching claims (${CLAIMS} in all)`);
    await expect(items).toHaveCount(100);
    await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await expect(items).toHaveCount(Math.min(matches, 200));
  } else {
    await expect(status).toHaveText(`Showing ${matches} of ${CLAIMS} claims`);
    await expect(items).toHaveCount(matches);
  }
  for (const text of await items.allTextContents()) expect(text).toContain(label!);
  await expect(page.getByTestId('pager')).toHaveCount(0);

  // Every entity any claim names is offered, loaded with the facets.
  await expect(page.getByLabel('Entity or place').locator('option')).toHaveCount(facets.entities.length + 1);
  const [entityId] = facets.entities[0]!;
  const entityNumber = 0;
  await page.getByLabel('Entity or place').selectOption(entityId);
  const expected = facets.claims.filter((row) => row[2] === assessment && row[5].includes(entityNumber)).length;
  await expect(status).toHaveText(
    expected > 100 ? new RegExp(`of ${expected} matching claims`) : `Showing ${expected} of ${CLAIMS} claims`,
  );

  // A shared filtered link opens straight into the filtered list.
  await page.goto(`${site.url}/claims/?entity=${entityId}`);
  await expect(page.getByLabel('Entity or place')).toHaveValue(entityId);
  const withEntity = facets.claims.filter((row) => row[5].includes(entityNumber)).length;
  await expect(status).toContainText(
    withEntity > 100 ? `of ${withEntity} matching claims` : `Showing ${withEntity} of ${CLAIMS} claims`,
  );

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toHaveText(`Showing claims 1–100 of ${CLAIMS}`);
  await expect(page.getByTestId('pager')).toBeVisible();
});

test('the sitemap lists every page of every index', async ({ request }) => {
  const sitemap = await (await request.get(`${site.url}/sitemap.xml`)).text();
  for (const p of ['/claims/', '/claims/page/2/', '/claims/page/3/', '/sources/', '/entities/', '/reports/'])
    expect(sitemap).toContain(`${p}</loc>`);
  expect(sitemap).not.toContain('/claims/page/4/');
  expect(sitemap).not.toContain('/sources/page/');
});
