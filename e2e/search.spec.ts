import { expect, type Page, test } from '@playwright/test';

// Real queries against the seed content (content/): entities iskp, nangarhar, kandahar,
// mazar-e-sharif, and the claim lyons-iskp-nearly-all-provinces-2021.

const headerBox = (page: Page) => page.getByRole('combobox', { name: 'Search claims, sources, entities and reports' });
const pageBox = (page: Page) => page.getByRole('searchbox', { name: 'Search query' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('link');
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
});

test('search runs in its Web Worker, not on the page\u2019s main thread', async ({ page }) => {
  const failed: string[] = [];
  // Search's own requests (worker, index, text shards); link prefetches cut short when the test ends are not its business.
  page.on('requestfailed', (r) => {
    if (/\/search\/|search-index/.test(new URL(r.url()).pathname)) failed.push(r.url());
  });
  await page.goto('/search/?q=Nangarhar');
  await expect(results(page).first()).toContainText('Nangarhar');
  // The worker says it has loaded the index; a fallback to the main thread would mark "main-thread".
  await expect(page.locator('html')).toHaveAttribute('data-search-engine', 'worker');
  expect(failed).toEqual([]);
});

test('"/" focuses the header box; a misspelt place is found; arrows and Enter open it', async ({ page }) => {
  await page.goto('/claims/');
  const box = headerBox(page);
  // A key pressed before the page's script has run has nothing to act on; wait as a reader's eye would.
  await expect(box).toHaveAttribute('data-shortcuts', 'on');
  await page.locator('body').press('/');
  await expect(box).toBeFocused();
  await box.pressSequentially('Nangahar');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const first = options(page).first();
  await expect(first).toContainText('Nangarhar');
  await expect(first).toContainText('Entity');
  await expect(first.locator('mark').first()).toHaveText('Nangarhar');
  await box.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await box.press('Enter');
  await expect(page).toHaveURL('/entities/nangarhar/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nangarhar');
});

test('Ctrl-K focuses the box; Escape closes the list; Enter without a choice opens /search', async ({ page }) => {
  await page.goto('/');
  const box = headerBox(page);
  await expect(box).toHaveAttribute('data-shortcuts', 'on');
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await box.pressSequentially('Kandhar');
  await expect(options(page).first()).toContainText('Kandahar');
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
  await expect(box).toHaveValue('Kandhar');
  await box.press('Enter');
  await expect(page).toHaveURL('/search/?q=Kandhar');
  await expect(page.getByText('Showing matches for Kandahar')).toBeVisible();
});

test('aliases and transliterations lead to the entity', async ({ page }) => {
  await page.goto('/');
  const box = headerBox(page);
  await box.click();
  await box.pressSequentially('ISIS-K');
  const first = options(page).first();
  await expect(first).toContainText('Islamic State Khorasan Province');
  await expect(first).toContainText(/Also known as\s*ISIS-K/);
  await expect(first.locator('mark').first()).toHaveText('ISIS-K');

  await page.goto('/search/?q=Daesh%20Khorasan');
  await expect(results(page).first()).toHaveAttribute('href', '/entities/iskp/');

  await pageBox(page).fill('Mazar-i-Sharif');
  await expect(results(page).first()).toHaveAttribute('href', '/entities/mazar-e-sharif/');
  await pageBox(page).fill('Mazar-e Sharif');
  await expect(results(page).first()).toHaveAttribute('href', '/entities/mazar-e-sharif/');
});

test('the query lives in the URL and survives Back; results show type, assessment and highlights', async ({ page }) => {
  await page.goto('/search/');
  const box = pageBox(page);
  await box.fill('Kandahar mosque');
  await expect(page).toHaveURL('/search/?q=Kandahar+mosque');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/\d+ results? for “Kandahar mosque”/);
  const claim = results(page)
    .filter({ has: page.locator('text=Claim') })
    .first();
  await expect(claim).toContainText(/Corroborated|Partly corroborated|Unverified|Disputed|Refuted|Opinion/);
  await expect(claim.locator('mark').first()).toHaveText(/Kandahar|mosque/i);
  const href = (await claim.getAttribute('href'))!;
  await claim.click();
  await expect(page).toHaveURL(href);
  await page.goBack();
  await expect(page).toHaveURL('/search/?q=Kandahar+mosque');
  await expect(pageBox(page)).toHaveValue('Kandahar mosque');
  await expect(results(page).first()).toBeVisible();
});

test('arrow keys move from the search field through the results; Enter opens one', async ({ page }) => {
  await page.goto('/search/?q=Nangarhar');
  const box = pageBox(page);
  await expect(results(page).first()).toBeVisible();
  await box.focus();
  await box.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await box.press('ArrowDown');
  const href = (await results(page).first().getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
});

test('a phrase in quotes matches only that sequence', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('"nearly all provinces"')}`);
  await expect(results(page).first()).toHaveAttribute('href', '/claims/lyons-iskp-nearly-all-provinces-2021/');
  for (const link of await results(page).all()) {
    await expect(link).toContainText(/nearly all provinces/i);
  }
  const marks = results(page).first().locator('mark');
  await expect(marks.nth(0)).toHaveText('nearly');
  await expect(marks.nth(1)).toHaveText('all');
  await expect(marks.nth(2)).toHaveText('provinces');
});

test('type and assessment filters are in the URL', async ({ page }) => {
  await page.goto('/search/?q=Kandahar');
  await page.getByRole('checkbox', { name: /^Claims/ }).click();
  await expect(page).toHaveURL('/search/?q=Kandahar&type=claim');
  await expect(page.getByRole('checkbox', { name: /^Claims/ })).toBeChecked();
  for (const link of await results(page).all()) await expect(link).toContainText('Claim');
  await page.getByRole('checkbox', { name: /^Corroborated/ }).click();
  await expect(page).toHaveURL('/search/?q=Kandahar&type=claim&assessment=corroborated');
  for (const link of await results(page).all()) await expect(link).toContainText('Corroborated');
});

test('markup characters are searched as text, never run', async ({ page }) => {
  await page.goto('/search/');
  await pageBox(page).fill('<script>alert(1)</script>');
  await expect(page).toHaveURL(/q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('<script>alert(1)</script>');
  await expect(page.locator('main script')).toHaveCount(0);
  await headerBox(page).fill('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('a 5,000-character paste is cut to the first 200 characters and still answers', async ({ page }) => {
  await page.goto('/search/');
  const paste = 'Kandahar mosque attack '.repeat(220).slice(0, 5000);
  await pageBox(page).fill(paste);
  await expect(page.getByText('Only the first 200 characters of the query were searched.')).toBeVisible();
  await expect(results(page).first()).toBeVisible();
  await headerBox(page).fill(paste);
  await expect(options(page).first()).toBeVisible();
});

test('nothing found: did you mean, and the closest entities', async ({ page }) => {
  await page.goto('/search/?q=Kandaharistan');
  await expect(page.getByRole('main').getByRole('status')).toContainText('No results');
  const suggestion = page.getByRole('button', { name: /Kandahar/ });
  await expect(suggestion).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kandahar', exact: true })).toHaveAttribute(
    'href',
    '/entities/kandahar/',
  );
  // No filters to offer when nothing matched and none is set: no column of zero counts.
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await suggestion.click();
  await expect(pageBox(page)).toHaveValue(/Kandahar/);
  await expect(results(page).first()).toBeVisible();
});

test('a filter that leaves nothing can be cleared from the empty state', async ({ page }) => {
  // No claim about Nangarhar is rated disputed in the seed.
  await page.goto('/search/?q=Nangarhar&assessment=disputed');
  await expect(page.getByRole('main').getByRole('status')).toContainText('No results');
  await expect(page.getByRole('checkbox', { name: /^Disputed/ })).toBeChecked();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL('/search/?q=Nangarhar');
  await expect(results(page).first()).toBeVisible();
});

test('on a phone the first result is on the first screen, below compact filters', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/search/?q=Nangarhar');
  const first = results(page).first();
  await expect(first).toContainText('Nangarhar');
  const box = await first.boundingBox();
  expect(box, 'first result has a box').not.toBeNull();
  expect(box!.y + Math.min(box!.height, 40)).toBeLessThanOrEqual(812);
  await expect(page.getByRole('checkbox', { name: /^Claims/ })).toBeVisible();
});

// Issue 17: queries the way readers type them — several words, other word forms, questions.
const top5 = async (page: Page) =>
  await results(page).evaluateAll((links) => links.slice(0, 5).map((a) => a.getAttribute('href')));

test('natural queries in the header box: partial matches below full ones, other word forms highlighted', async ({
  page,
}) => {
  await page.goto('/');
  const box = headerBox(page);
  await expect(box).toHaveAttribute('data-shortcuts', 'on');
  await box.click();
  await box.pressSequentially('suicide bombing Kabul airport');
  const airportClaim = options(page).filter({ hasText: 'ISKP attack on Kabul airport, 26 August 2021' });
  await expect(airportClaim).toHaveCount(1);
  expect(
    await options(page).evaluateAll((opts) =>
      opts.findIndex((o) => o.textContent?.includes('ISKP attack on Kabul airport, 26 August 2021')),
    ),
  ).toBeLessThan(5);
  // Records with only some of the words come after those with all of them, and say what they lack.
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByText('Some of the words')).toBeVisible();
  await expect(options(page).filter({ hasText: 'Missing:' }).first()).toBeVisible();

  await box.fill('');
  await box.pressSequentially('bombed ');
  const first = options(page).first();
  await expect(first).toBeVisible();
  // A reader typed "bombed": the records say "bombing", "bombings" or "bomber", and those forms are marked.
  await expect(
    options(page)
      .locator('mark')
      .filter({ hasText: /^bomb(ing|ings|er|ed)$/i })
      .first(),
  ).toBeVisible();
  await expect(
    options(page)
      .locator('mark', { hasText: /^bombings?$/i })
      .first(),
  ).toBeVisible();
});

test('natural queries on the search page find what the reader meant in the top five', async ({ page }) => {
  await page.goto('/search/');
  const box = pageBox(page);
  const cases: [string, string][] = [
    ['suicide bombing Kabul airport', '/claims/kabul-airport-attack-aug-2021/'],
    ['Salafi mosques closed', '/claims/taliban-crackdown-on-salafists/'],
    ['who leads ISKP', '/entities/sanaullah-ghafari/'],
    ['who was the first leader of ISKP', '/entities/hafiz-saeed-khan/'],
    ['how many died in Kandahar mosque blast', '/sources/republic-sputnik-kandahar-toll-2021/'],
  ];
  for (const [query, href] of cases) {
    await box.fill(query);
    await expect(page.getByRole('main').getByRole('status')).toContainText(`for “${query}”`);
    await expect.poll(() => top5(page), { message: query }).toContain(href);
  }
});

test('some words: the page says how many results have all the words and marks where the others begin', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('suicide bombing Kabul airport')}`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    /\d+ results for “suicide bombing Kabul airport”: \d+ with all the words, then \d+ with some of them\./,
  );
  await page.getByRole('button', { name: /Show more/ }).click();
  const heading = page.locator('[data-some-words]');
  await expect(heading).toHaveText('Results with some of the words');
  // Every result after the heading says which words it lacks; none before it does.
  const missingFlags = await page
    .getByRole('list', { name: 'Search results' })
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((li) =>
        li.hasAttribute('data-some-words') ? 'heading' : li.textContent?.includes('Missing:') ? 'some' : 'all',
      ),
    );
  const at = missingFlags.indexOf('heading');
  expect(at).toBeGreaterThan(0);
  expect(missingFlags.slice(0, at).every((f) => f === 'all')).toBe(true);
  expect(missingFlags.slice(at + 1).every((f) => f === 'some')).toBe(true);
});

test('zero results: what was searched, the nearest words and names, and a way on', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('who is Kandaharistan Nangarharistan')}`);
  await expect(page.getByRole('main').getByRole('status')).toContainText('No results');
  await expect(page.getByText('Searched for “Kandaharistan”, “Nangarharistan” (ignored: who, is).')).toBeVisible();
  await expect(page.getByRole('button', { name: 'who is Kandahar Nangarhar' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kandahar', exact: true })).toHaveAttribute(
    'href',
    '/entities/kandahar/',
  );
  await expect(page.getByRole('link', { name: 'Nangarhar', exact: true })).toHaveAttribute(
    'href',
    '/entities/nangarhar/',
  );
  // One word at a time: each near word replaces the word it is near to.
  const near = page.getByText('Nearest words in the index:').getByRole('button', { name: 'Kandahar', exact: true });
  await near.click();
  await expect(pageBox(page)).toHaveValue('who is Kandahar Nangarharistan');
  await expect(results(page).first()).toBeVisible();
});
