/**
 * Several reports, compared: a reader walks from one report to a claim both make and on to the
 * other report, opens the comparison of the two, and sees the copied text the build found.
 */
import { expect, test } from '@playwright/test';

const EUAA = '/reports/euaa-country-guidance-afghanistan-2023-iskp/';
const SEED = '/reports/stratheia-iskp-factor-afghanistan/';
const LYONS = 'lyons-iskp-nearly-all-provinces-2021';

test('report → a claim two reports make → the other report, at the same claim', async ({ page }) => {
  await page.goto(EUAA);
  await page.locator(`a[data-claim="${LYONS}"]`).first().click();
  await expect(page).toHaveURL(`/claims/${LYONS}/`);
  const made = page.getByRole('region', { name: /Made in 2 reports/ });
  const appearances = made.getByTestId('appearance');
  await expect(appearances).toHaveCount(2);
  // Earliest first, each in its own words.
  await expect(appearances.nth(0)).toContainText('First seen in');
  await expect(appearances.nth(0)).toContainText('Country Guidance: Afghanistan (January 2023)');
  await expect(appearances.nth(0)).toContainText('January 2023');
  await expect(appearances.nth(1)).toContainText('Stratheia');
  await expect(appearances.nth(1)).toContainText(
    'remarked that ISKP appeared to have a presence in nearly all provinces',
  );
  await appearances
    .nth(1)
    .getByRole('link', { name: /Stratheia/ })
    .click();
  await expect(page).toHaveURL(`${SEED}#claim-${LYONS}`);
  await expect(page.locator(`#claim-${LYONS}`)).toBeVisible();
});

test('a report names the reports it shares claims with, and their comparison page', async ({ page }) => {
  await page.goto(SEED);
  const shared = page.getByRole('region', { name: 'Claims shared with other reports' });
  const withEuaa = shared.getByTestId('shared-with').filter({ hasText: 'Country Guidance' });
  await expect(withEuaa).toContainText(/Shares 14 claims with/);
  await withEuaa.getByRole('link', { name: 'compare the two reports' }).click();
  await expect(page).toHaveURL(
    '/reports/euaa-country-guidance-afghanistan-2023-iskp/vs/stratheia-iskp-factor-afghanistan/',
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText('and ISKP and the Afghan Taliban');
  const both = page.getByRole('region', { name: /Claims both make/ });
  await expect(both.getByRole('listitem')).toHaveCount(14);
  await expect(both.getByRole('link', { name: /UN envoy: ISKP present in nearly all provinces/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Only in Country Guidance/ }).getByRole('listitem')).toHaveCount(2);
  await both.getByRole('link', { name: /UN envoy/ }).click();
  await expect(page).toHaveURL(`/claims/${LYONS}/`);
});

test('the seed report shows the passages it copies from EUAA, found in the text, with the runs marked', async ({
  page,
}) => {
  await page.goto(SEED);
  const reused = page.getByRole('region', { name: 'Text shared with other reports' });
  const passages = reused.getByTestId('reused-passage');
  await expect(passages).toHaveCount(3);
  await expect(passages.nth(0)).toContainText(
    /Paragraph 5 reproduces Country Guidance: Afghanistan \(January 2023\).*\(January 2023\), paragraph 1: \d+ % of its words are in shared runs of 8 or more words/,
  );
  await passages.nth(1).getByText('Show the shared wording').click();
  await expect(passages.nth(1).locator('mark').first()).toBeVisible();
  await passages.nth(0).getByRole('link', { name: 'Paragraph 5' }).click();
  await expect(page).toHaveURL(`${SEED}#p5`);
});
