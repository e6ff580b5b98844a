/**
 * The reader's tools, used as a reader would on the seed content: link previews (mouse,
 * keyboard, Escape, touch), the local graph, the timelines, "Cite this" with the keyboard, and a
 * claim page as printed.
 */
import { expect, test } from '@playwright/test';

const REPORT = '/reports/stratheia-iskp-factor-afghanistan/';
const CLAIM = '/claims/iskp-attacks-11-provinces-2022/';

test.describe('link previews', () => {
  test('hovering a claim in report text shows its title, verdict and confidence, and leaving hides it', async ({
    page,
  }) => {
    await page.goto(REPORT, { waitUntil: 'networkidle' });
    const span = page.locator('.report-text a[data-claim]').first();
    const id = (await span.getAttribute('data-claim'))!;
    const card = page.getByRole('tooltip');
    await span.hover();
    await expect(card).toBeVisible();
    await expect(card).toContainText(/Claim · /);
    await expect(card).toContainText(/(Corroborated|Partly corroborated|Unverified|Disputed|Refuted|Opinion)/);
    await expect(card).toContainText(/confidence/i);
    // The card describes the link it belongs to; the preview data came from one shard file.
    await expect(span).toHaveAttribute('aria-describedby', 'link-preview');
    const title = await page.evaluate(async (claimId) => {
      const shard = await (await fetch('/previews/claims-0.json')).json();
      return shard[claimId].title as string;
    }, id);
    await expect(card).toContainText(title);
    // The pointer can move onto the card without losing it (WCAG 1.4.13)…
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(400);
    await expect(card).toBeVisible();
    // …and it closes once the pointer leaves both.
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
    await expect(span).not.toHaveAttribute('aria-describedby', 'link-preview');
  });

  test('keyboard focus shows the card; Escape closes it; moving on closes it', async ({ page }) => {
    await page.goto(CLAIM, { waitUntil: 'networkidle' });
    const entity = page
      .getByRole('region', { name: 'Entities and places' })
      .getByRole('link', { name: 'Islamic State Khorasan Province' });
    // Reach the link by tabbing, as a keyboard user would.
    await entity.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(entity).toBeFocused();
    const card = page.getByRole('tooltip');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Entity · Organisation');
    await expect(card).toContainText('Also known as');
    // The original-script name is isolated and marked with its language.
    await expect(card.locator('bdi[dir="auto"][lang]').first()).toBeVisible();
    await expect(entity).toHaveAttribute('aria-describedby', 'link-preview');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(entity).toBeFocused();
    // Focus moves on: the first link's card is gone (the next link, an entity too, gets its own).
    await page.keyboard.press('Tab');
    await expect(entity).not.toBeFocused();
    await expect(entity).not.toHaveAttribute('aria-describedby', 'link-preview');
  });

  test('sources and reports have their own cards', async ({ page }) => {
    await page.goto(CLAIM, { waitUntil: 'networkidle' });
    await page
      .getByRole('region', { name: /^Evidence/ })
      .locator('a[href^="/sources/"]')
      .first()
      .hover();
    const card = page.getByRole('tooltip');
    await expect(card).toContainText(/Source · /);
    await expect(card).toContainText(/^.*[A-F]: /);
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
    await page
      .getByRole('region', { name: /Where this claim appears|Made in/ })
      .locator('a[href^="/reports/"]')
      .first()
      .hover();
    await expect(card).toContainText('Sourcing profile');
  });

  test('on a touch screen a tap follows the link and shows no card', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL,
      hasTouch: true,
      isMobile: true,
      viewport: { width: 375, height: 812 },
    });
    const page = await context.newPage();
    await page.goto(REPORT, { waitUntil: 'networkidle' });
    const span = page.locator('.report-text a[data-claim]').first();
    const id = (await span.getAttribute('data-claim'))!;
    let shown = false;
    await page.exposeFunction('__cardShown', () => (shown = true));
    await page.evaluate(() =>
      new MutationObserver(
        () =>
          document.getElementById('link-preview') && (window as unknown as { __cardShown: () => void }).__cardShown(),
      ).observe(document.body, { childList: true, subtree: true }),
    );
    await span.tap();
    await expect(page).toHaveURL(`/claims/${id}/`);
    expect(shown).toBe(false);
    await context.close();
  });
});

test.describe('the local graph', () => {
  test('shows the claim among its sources, reports and entities; a node leads to its page', async ({ page }) => {
    await page.goto(CLAIM);
    const section = page.getByRole('region', { name: 'Connections' });
    const drawing = section.locator('svg:visible').first();
    await expect(drawing).toBeVisible();
    // The list says the same, grouped by relation, for keyboards, screen readers and print.
    const list = section.getByTestId('graph-list');
    await expect(list.getByText(/^Reports that make it \(\d+\)$/)).toBeVisible();
    await expect(list.getByText(/^Entities and places \(\d+\)$/)).toBeVisible();
    const node = drawing.locator('a[href^="/entities/"]').first();
    const href = (await node.getAttribute('href'))!;
    await expect(list.locator(`a[href="${href}"]`)).toHaveCount(1);
    // Every label sits inside the drawing.
    const box = (await drawing.boundingBox())!;
    const outside = await drawing.evaluate(
      (svg, b) =>
        [...svg.querySelectorAll('text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < b.x - 1 || r.right > b.x + b.width + 1;
          })
          .map((t) => t.textContent),
      box,
    );
    expect(outside).toEqual([]);
    // A node previews its page on hover, like any link.
    await node.hover();
    await expect(page.getByRole('tooltip')).toContainText('Entity · ');
    await node.click();
    await expect(page).toHaveURL(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('on a phone it draws the narrow layout, every label inside the drawing', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(REPORT);
    const drawing = page.getByRole('region', { name: 'Connections' }).locator('svg:visible').first();
    await expect(drawing).toHaveAttribute('viewBox', /^0 0 360 /);
    const box = (await drawing.boundingBox())!;
    const outside = await drawing.evaluate(
      (svg, b) =>
        [...svg.querySelectorAll('text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < b.x - 1 || r.right > b.x + b.width + 1;
          })
          .map((t) => t.textContent),
      box,
    );
    expect(outside).toEqual([]);
    await context.close();
  });
});

test.describe('time', () => {
  test('the timeline zooms from the years to one year, with verdicts', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
    await page
      .getByRole('navigation', { name: 'Years' })
      .getByRole('link', { name: /^2022\s+\d+\s+claims$/ })
      .click();
    await expect(page).toHaveURL('/timeline/2022/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims about 2022');
    const items = page.getByTestId('year-list').getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(3);
    await expect(items.first()).toContainText(/2022/);
    await expect(items.first()).toContainText(/(Corroborated|Partly corroborated|Unverified|Disputed|Refuted|Opinion)/);
  });

  test('an undated report says so, and shows how old its claims are against the newest event it mentions', async ({
    page,
  }) => {
    await page.goto(REPORT);
    const time = page.getByRole('region', { name: 'Its claims in time' });
    await expect(time.getByTestId('time-summary')).toContainText('The report is not dated.');
    await expect(time.getByTestId('time-summary')).toContainText(
      /\d+ of them end a year or more before the newest event it mentions \(January 2025\)/,
    );
    await expect(time.getByTestId('time-strip')).toBeVisible();
  });

  test('a dated report is measured against its publication date', async ({ page }) => {
    await page.goto('/reports/euaa-country-guidance-afghanistan-2023-iskp/');
    await expect(page.getByTestId('time-summary')).toContainText('Published in January 2023');
  });

  test('an entity shows its claims over time', async ({ page }) => {
    await page.goto('/entities/nangarhar/');
    await expect(page.getByRole('region', { name: 'Over time' }).getByTestId('year-list')).toBeVisible();
  });

  test('the review page says what is due, measured on the day of the build', async ({ page }) => {
    await page.goto('/review/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Due for review');
    await expect(page.getByRole('region', { name: /Past their review date/ })).toBeVisible();
    await page.getByRole('link', { name: 'see the methodology' }).click();
    await expect(page.getByTestId('review-periods')).toContainText('Statistical');
  });
});

test.describe('cite this', () => {
  test('a citation is copied with the keyboard alone', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(CLAIM, { waitUntil: 'networkidle' });
    const cite = page.getByRole('region', { name: 'Cite this' });
    const apa = (await cite.locator('#cite-apa').textContent())!;
    expect(apa).toMatch(
      /^Corroborate\. \(\d{4}, \w+ \d+\)\. .+ \[Claim assessment, version [0-9a-f]{7}\]\. (https?:\/\/|\/claims\/)/,
    );
    const button = cite.getByRole('button', { name: 'Copy APA citation' });
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cite.getByRole('status').filter({ hasText: 'APA citation copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
    // Space works as well, on BibTeX.
    await cite.getByRole('button', { name: 'Copy BibTeX citation' }).focus();
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^@misc\{corroborate_claim_iskp_attacks_11_provinces_2022,/,
    );
    // It names the commit the site was built from; the file at that commit is linked only where the
    // build was given a repository (REPOSITORY_URL; tests/site-identity-build.test.ts builds with one).
    await expect(cite).toContainText(/Built from commit [0-9a-f]{7}/);
    await expect(cite.getByRole('link', { name: /this page’s file as it was then/ })).toHaveCount(0);
    await context.close();
  });
});

test.describe('print', () => {
  test('a claim prints as a document: verdict, rationale, evidence with full URLs, no navigation or search', async ({
    page,
  }) => {
    await page.goto(CLAIM, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('combobox', { name: /search/i })).toBeHidden();
    await expect(page.getByRole('contentinfo').filter({ hasText: 'How we assess claims' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('rationale')).toBeVisible();
    // Each piece of evidence writes out the address of its source.
    const evidence = page.getByRole('region', { name: /^Evidence/ });
    const urls = await evidence.locator('p.print\\:block').allTextContents();
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u).toMatch(/^https?:\/\//);
    // The drawing gives way to its list; copy buttons are gone; the text is black on white, even in dark mode.
    await expect(page.getByRole('region', { name: 'Connections' }).locator('figure')).toBeHidden();
    await expect(page.getByTestId('graph-list')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy/ }).first()).toBeHidden();
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).color)).toBe('rgb(0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
