import { expect, type Page, test } from '@playwright/test';

const REPORT = '/reports/stratheia-iskp-factor-afghanistan/';

/** From the report, open a claim span, follow its first source, and come back the same way. */
async function roundTrip(page: Page, claimId: string) {
  await page.goto(REPORT);
  const span = page.locator(`.report-text a[data-claim="${claimId}"]`).first();
  await expect(span).toBeVisible();
  await span.click();
  await expect(page).toHaveURL(`/claims/${claimId}/`);
  const claimTitle = (await page.getByRole('heading', { level: 1 }).textContent())!;

  const source = page
    .getByRole('region', { name: /^Evidence/ })
    .locator('a[href^="/sources/"]')
    .first();
  const sourceHref = (await source.getAttribute('href'))!;
  await source.click();
  await expect(page).toHaveURL(sourceHref);
  // The source page lists the claim with its stance; back to the claim, then to the report.
  const citing = page.getByRole('region', { name: /^Claims citing this source/ });
  await citing.getByRole('link', { name: claimTitle, exact: true }).click();
  await expect(page).toHaveURL(`/claims/${claimId}/`);
  // The claim may be made in more than one report: go back to this one.
  await page
    .getByRole('region', { name: /^(Where this claim appears|Made in \d+ reports)$/ })
    .locator(`a[href^="${REPORT}#"]`)
    .first()
    .click();
  await expect(page).toHaveURL(`${REPORT}#claim-${claimId}`);
  await expect(page.locator(`#claim-${claimId}`)).toBeInViewport();
}

test.describe('the seed report, annotated', () => {
  test('shows every span, its sourcing profile and its provenance', async ({ page }) => {
    await page.goto(REPORT);
    const spans = page.locator('.report-text a[data-claim]');
    expect(await spans.count()).toBeGreaterThanOrEqual(50);
    const profile = page.getByTestId('sourcing-profile');
    await expect(profile).toContainText('Unverified:');
    await expect(profile).toContainText('Opinion:');
    const provenance = page.getByRole('region', { name: 'Provenance' });
    await expect(provenance).toContainText('Copies text from');
    await expect(provenance).toContainText('Repeated by');
    // Authorship and date are unknown and said to be.
    await expect(page.getByRole('region', { name: 'About this report' })).toContainText('Unknown');
  });

  for (const claimId of [
    'lyons-iskp-nearly-all-provinces-2021',
    'iskp-violence-consistently-increasing',
    'kabul-airport-attack-aug-2021',
  ]) {
    test(`report → ${claimId} → source → back`, async ({ page }) => {
      await roundTrip(page, claimId);
    });
  }

  test('the January 2025 Kunar meeting is shown as unverified, with its reason', async ({ page }) => {
    await page.goto(REPORT);
    const span = page.locator('.report-text a[data-claim="iskp-kunar-meeting-january-2025"]').first();
    await expect(span).toContainText(/\[\?\s*Unverified\]/i);
    await span.click();
    const assessment = page.locator('section[aria-label="Assessment"]');
    await expect(assessment).toContainText('Unverified');
    await expect(page.getByTestId('rationale')).toContainText('anonymous');
    await expect(page.getByTestId('rationale')).toContainText('no independent trace');
  });

  test('the "consistently increasing" claim is disputed and shows contradicting evidence', async ({ page }) => {
    await page.goto('/claims/iskp-violence-consistently-increasing/');
    await expect(page.locator('section[aria-label="Assessment"]')).toContainText('Disputed');
    await expect(page.getByRole('region', { name: /^Evidence/ })).toContainText('Contradicts');
  });
});
