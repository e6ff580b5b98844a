/**
 * Claims that change, on a site built from tests/fixtures/claims-change (the real content has no
 * honest case of a superseded or withdrawn claim yet) on a fixed build date: a reader visits a
 * superseded claim and follows it to what replaced it, sees that it is not counted, finds a
 * withdrawn claim marked, and finds the claim that is due for review.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { buildFixtureSite, type FixtureSite } from './fixture-site';

test.describe.configure({ mode: 'serial' });

let site: FixtureSite;
test.beforeAll(async () => {
  test.setTimeout(6 * 60_000);
  site = await buildFixtureSite(['tests/fixtures/valid', 'tests/fixtures/claims-change'], {
    port: Number(process.env.E2E_FIXTURE_PORT ?? 4183),
    buildDate: '2027-06-01',
  });
});
test.afterAll(() => site?.close());

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('a superseded claim keeps its page, says what replaced it, and leads there', async ({ page }) => {
  await page.goto(`${site.url}/claims/old-count/`);
  const banner = page.getByTestId('status-banner');
  await expect(banner).toContainText(
    'Superseded on 20 November 2026: this claim no longer stands, and is not counted.',
  );
  await expect(banner).toContainText('A later briefing gives a newer count (test fixture).');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Group present in most provinces (an earlier count)',
  );
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await banner.getByRole('link', { name: 'Group present in nearly all provinces' }).click();
  await expect(page).toHaveURL(`${site.url}/claims/group-present-everywhere/`);
  // The current claim lists what it replaces.
  await expect(
    page
      .getByRole('region', { name: 'Claims it replaces' })
      .getByRole('link', { name: 'Group present in most provinces (an earlier count)' }),
  ).toBeVisible();
});

test('a chain of replacements names the current claim', async ({ page }) => {
  await page.goto(`${site.url}/claims/older-count/`);
  const banner = page.getByTestId('status-banner');
  await expect(
    banner.getByRole('link', { name: 'Group present in most provinces (an earlier count)' }),
  ).toHaveAttribute('href', '/claims/old-count/');
  await expect(banner.getByRole('link', { name: 'Group present in nearly all provinces' })).toHaveAttribute(
    'href',
    '/claims/group-present-everywhere/',
  );
});

test('superseded and withdrawn claims are left out of counts and listed last', async ({ page }) => {
  await page.goto(`${site.url}/reports/sample-report/`);
  // The report marks three claims; the profile counts the two that stand.
  await expect(page.getByTestId('sourcing-profile')).toContainText('2 claims:');
  await expect(page.getByText('Not counted: 1 superseded or withdrawn claim.')).toBeVisible();
  await expect(page.locator('.report-text a[data-claim="old-count"]')).toContainText(', superseded]');
  const listed = page.getByRole('region', { name: /^Claims in this report/ }).getByRole('listitem');
  await expect(listed.last()).toContainText('Superseded');

  await page.goto(`${site.url}/claims/`);
  const items = page.getByTestId('claim-list').getByRole('listitem');
  const n = await items.count();
  const statuses = await items.evaluateAll((lis) =>
    lis.map((li) => (/Superseded|Withdrawn/.test(li.textContent ?? '') ? 'retired' : 'current')),
  );
  expect(statuses.indexOf('retired')).toBe(n - 3);
  await expect(page.getByRole('main').getByRole('status')).toContainText('3 superseded or withdrawn, listed last');

  await page.goto(`${site.url}/claims/dropped-claim/`);
  await expect(page.getByTestId('status-banner')).toContainText('Withdrawn on 21 November 2026');
  await expect(page.getByTestId('status-banner').getByRole('link')).toHaveCount(0);

  // Search finds them, after what stands.
  await page.goto(`${site.url}/search/?q=group%20present%20provinces`);
  const results = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.locator('a[href^="/claims/"]') });
  await expect(results.first()).toBeVisible();
  const order = await results.evaluateAll((lis) =>
    lis.map((li) => (/Superseded or withdrawn/.test(li.textContent ?? '') ? 'retired' : 'current')),
  );
  expect(order.slice(order.indexOf('retired'))).not.toContain('current');
});

test('a claim past its review date shows the badge and is listed for review', async ({ page }) => {
  await page.goto(`${site.url}/claims/stale-figure/`);
  await expect(page.getByTestId('due-badge')).toHaveText(/Due for review/);
  await expect(page.getByText('Due for review since')).toBeVisible();
  await page.goto(`${site.url}/review/`);
  await expect(
    page.getByText('This list was made when the site was built, on 1 June 2027', { exact: false }),
  ).toBeVisible();
  const due = page.getByTestId('due-list').getByRole('listitem');
  await expect(due).toHaveCount(1);
  await expect(due.first()).toContainText('The group has about 2,000 fighters');
  await expect(due.first()).toContainText('due 10 January 2027');
});
