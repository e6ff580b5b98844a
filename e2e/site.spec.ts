import { expect, type Page, test } from '@playwright/test';

/** The href of the first link inside `scope` whose path starts with `prefix`. */
async function firstHref(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute('href');
  expect(href, `no link matches ${selector}`).toBeTruthy();
  return href!;
}

test('the home page explains the knowledge base and leads to every collection', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corroborate');
  const counts = page.getByRole('definition');
  await expect(counts.first()).toHaveText(/\d+/);
  await expect(page.getByTestId('sourcing-profile')).toContainText('claims:');
  for (const [label, path, heading] of [
    ['Reports', '/reports/', 'Reports'],
    ['Claims', '/claims/', 'Claims'],
    ['Sources', '/sources/', 'Sources'],
    ['Entities', '/entities/', 'Entities'],
    ['Methodology', '/methodology/', 'How we assess claims'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

test('report → claim → source → claim → report, following links both ways', async ({ page }) => {
  await page.goto('/reports/');
  // A report held as full text (the newest reports are annotated by reference, with no text to mark).
  await page
    .locator('main h2 a')
    .filter({ hasText: /Stratheia/ })
    .click();
  await expect(page).toHaveURL(/\/reports\/[a-z0-9-]+\/$/);
  const reportUrl = new URL(page.url()).pathname;
  const reportTitle = (await page.getByRole('heading', { level: 1 }).textContent())!;

  // The text shows claim spans with their assessment as a text label, not colour alone.
  const span = page.locator('.report-text a[data-claim]').first();
  await expect(span).toContainText(/\[.*(Corroborated|Partly corroborated|Unverified|Disputed|Refuted|Opinion)\]/);
  const claimId = (await span.getAttribute('data-claim'))!;
  await span.click();
  await expect(page).toHaveURL(`/claims/${claimId}/`);

  // The claim says where it appears, and links back to the report.
  const appears = page.getByRole('region', { name: 'Where this claim appears' });
  await expect(appears.getByRole('link', { name: reportTitle })).toHaveAttribute(
    'href',
    `${reportUrl}#claim-${claimId}`,
  );
  const claimTitle = (await page.getByRole('heading', { level: 1 }).textContent())!;

  // Follow the first piece of evidence to its source; the source lists this claim with its stance.
  const evidence = page.getByRole('region', { name: /^Evidence/ });
  const sourceLinks = evidence.locator('a[href^="/sources/"]');
  if ((await sourceLinks.count()) > 0) {
    await sourceLinks.first().click();
    await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\/$/);
    const citing = page.getByRole('region', { name: /^Claims citing this source/ });
    await expect(citing.getByRole('link', { name: claimTitle })).toBeVisible();
    await citing.getByRole('link', { name: claimTitle }).click();
    await expect(page).toHaveURL(`/claims/${claimId}/`);
  }

  await page.getByRole('region', { name: 'Where this claim appears' }).getByRole('link', { name: reportTitle }).click();
  await expect(page).toHaveURL(`${reportUrl}#claim-${claimId}`);
  await expect(page.locator(`#claim-${claimId}`)).toBeVisible();
});

test('an entity page lists the claims and reports that mention it, and the claim links back', async ({ page }) => {
  await page.goto('/claims/');
  const claimHref = await firstHref(page, '[data-testid="claim-list"] a[href^="/claims/"]');
  await page.goto(claimHref);
  const claimTitle = (await page.getByRole('heading', { level: 1 }).textContent())!;
  const entityLink = page.getByRole('region', { name: 'Entities and places' }).locator('a[href^="/entities/"]').first();
  const entityName = (await entityLink.textContent())!;
  await entityLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entityName);
  const mentions = page.getByRole('region', { name: /^Claims that mention it/ });
  await expect(mentions.getByRole('link', { name: claimTitle, exact: true })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /^Reports that mention it/ })
      .locator('a[href^="/reports/"]')
      .first(),
  ).toBeVisible();
});

test('a place page shows where it is and what it contains', async ({ page }) => {
  await page.goto('/entities/');
  const places = page.getByRole('region', { name: /^Places/ });
  const hrefs = await places
    .locator('a[href^="/entities/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  let checked = false;
  for (const href of hrefs) {
    await page.goto(href);
    const trail = page.getByRole('navigation', { name: 'Located in' });
    if ((await trail.count()) === 0) continue;
    const parent = trail.getByRole('link').last();
    const child = (await page.getByRole('heading', { level: 1 }).textContent())!;
    await parent.click();
    await expect(
      page.getByRole('region', { name: /^Places in/ }).getByRole('link', { name: child, exact: true }),
    ).toBeVisible();
    checked = true;
    break;
  }
  expect(checked, 'at least one place has a parent place').toBe(true);
});

test('the claims index filters by assessment, kind, confidence and entity, with the state in the URL', async ({
  page,
}) => {
  await page.goto('/claims/');
  const status = page.getByRole('main').getByRole('status');
  const total = Number((await status.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(0);

  await page.getByLabel('Assessment').selectOption('opinion');
  await expect(page).toHaveURL(/\?assessment=opinion$/);
  // The filtered list replaces "Filtering … claims…" once the facet file has loaded: count it only then.
  await expect(status).toHaveText(/^Showing \d+ of /);
  const list = page.getByTestId('claim-list');
  const shown = await list.getByRole('listitem').count();
  await expect(status).toHaveText(`Showing ${shown} of ${total} claims`);
  for (const badge of await list
    .getByRole('listitem')
    .locator('span[title]')
    .filter({ hasText: /Corroborated|Unverified|Disputed|Refuted/ })
    .all()) {
    throw new Error(`non-opinion claim shown under an opinion filter: ${await badge.textContent()}`);
  }

  await page.getByLabel('Kind').selectOption('recommendation');
  await expect(page).toHaveURL(/assessment=opinion&kind=recommendation/);

  // The state survives a reload and can be shared.
  await page.reload();
  await expect(page.getByLabel('Assessment')).toHaveValue('opinion');
  await expect(page.getByLabel('Kind')).toHaveValue('recommendation');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/claims\/$/);
  await expect(status).toHaveText(`Showing ${total} of ${total} claims`);

  await page.getByLabel('Confidence').selectOption('high');
  await expect(page).toHaveURL(/\?confidence=high$/);
  const entitySelect = page.getByLabel('Entity or place');
  const firstEntity = await entitySelect.locator('option').nth(1).getAttribute('value');
  await entitySelect.selectOption(firstEntity!);
  await expect(page).toHaveURL(new RegExp(`confidence=high&entity=${firstEntity}`));
});

test('a filtered claims URL opened directly shows the filtered list', async ({ page }) => {
  await page.goto('/claims/?assessment=unverified');
  await expect(page.getByLabel('Assessment')).toHaveValue('unverified');
  const items = page.getByTestId('claim-list').getByRole('listitem');
  const n = await items.count();
  for (let i = 0; i < n; i++) await expect(items.nth(i)).toContainText('Unverified');
});

test('an unknown id shows a 404 page, not an error', async ({ page }) => {
  for (const path of [
    '/claims/no-such-claim/',
    '/sources/no-such-source/',
    '/entities/nowhere/',
    '/reports/none/',
    '/not-a-section/',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Search the knowledge base' })).toBeVisible();
  }
});

test('the methodology page explains every scale', async ({ page }) => {
  await page.goto('/methodology/');
  for (const heading of ['Assessment', 'Likelihood', 'Confidence', 'Source reliability', 'Information credibility']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${heading}`) })).toBeVisible();
  }
  await expect(page.getByRole('rowheader', { name: 'Roughly even chance' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /45–55 %/ })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'F: Reliability cannot be judged' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '6: Truth cannot be judged' })).toBeVisible();
});
