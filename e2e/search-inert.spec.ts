/**
 * Search input is inert: markup, script-like text, a 10,000-character query and queries made only
 * of operators or quotes, typed into the header box or the /search page or arriving in a link's
 * ?q=, render as text and nothing else. No dialog, no uncaught error, no console error, no element
 * made from the query, and the page keeps answering.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';

const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><svg onload=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "{{constructor.constructor('alert(1)')()}}",
  '</title><iframe src=javascript:alert(1)>',
];
const OPERATORS = ['"', "'", '***', '| ! ^ $', '=', '\\', '((((', '[', '.*+?', '""""', '~ - _', '\u202e\u2066'];
const LONG = '<b onmouseover=alert(1)>Kandahar</b> "attack" | ^ $ '.repeat(200).slice(0, 10_000);

interface Trouble {
  problems: string[];
}

async function guard(page: Page): Promise<Trouble> {
  const t: Trouble = { problems: [] };
  page.on('dialog', (d) => {
    t.problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => t.problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') t.problems.push(`console error: ${m.text().slice(0, 200)}`);
  });
  return t;
}

/** The search box in `scope`, whichever role the widget uses. */
const searchBox = (scope: Page | Locator) =>
  scope
    .getByRole('combobox', { name: /search/i })
    .or(scope.getByRole('searchbox', { name: /search/i }))
    .first();

/** Nothing the query could have created: no image, frame, SVG, script or handler that the site did not render itself. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll(
      'img[src="x"], iframe, svg[onload], b[onmouseover], a[href^="javascript:"]',
    ))
      found.push(el.outerHTML.slice(0, 120));
    for (const el of document.querySelectorAll('*'))
      for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
    for (const s of document.scripts)
      if (
        !s.src &&
        !/^(\(self\.__next_f|self\.__next_f\.push|\(globalThis\["TURBOPACK"\])/.test(s.text) &&
        s.type !== 'application/ld+json'
      )
        found.push(`inline script: ${s.text.slice(0, 80)}`);
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned was set');
    return found;
  });
}

/** The page still answers: a frame gets painted within two seconds and the main thread is not stuck. */
async function responsive(page: Page) {
  const started = Date.now();
  const painted = await Promise.race([
    page.evaluate(
      () => new Promise<boolean>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(true), 0))),
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
  ]);
  expect(painted, `the page did not paint a frame within 2 s (${Date.now() - started} ms)`).toBe(true);
}

async function type(box: Locator, query: string) {
  await box.click();
  await box.fill('');
  // Short queries key by key (every keystroke searches); the long one as a paste.
  if (query.length <= 60) await box.pressSequentially(query);
  else await box.fill(query);
}

for (const [where, url] of [
  ['the header box', '/'],
  ['the /search page', '/search/'],
] as const) {
  test(`${where}: markup, operator-only and 10,000-character queries stay text`, async ({ page }) => {
    test.setTimeout(120_000);
    const t = await guard(page);
    await page.goto(url);
    const scope = where === 'the header box' ? page.getByRole('banner') : page.getByRole('main');
    const box = searchBox(scope);
    await expect(box).toBeVisible();
    for (const query of [...MARKUP, ...OPERATORS, LONG]) {
      await type(box, query);
      // What was typed is what the box holds (up to its length limit): kept as text, not parsed.
      const value = await box.inputValue();
      expect(query.startsWith(value) && value.length > 0, `the box holds ${JSON.stringify(value.slice(0, 40))}`).toBe(
        true,
      );
      // Give the search (debounce, worker) time to answer, then look for anything it created.
      await page.waitForTimeout(400);
      await responsive(page);
      expect(await injected(page), `after typing ${JSON.stringify(query.slice(0, 40))}`).toEqual([]);
    }
    // Markup typed in the box shows up as characters on the page.
    await type(box, MARKUP[0]!);
    await expect(page.getByText(MARKUP[0]!, { exact: false }).first()).toBeVisible();
    expect(t.problems).toEqual([]);
  });
}

test('a link to /search/?q=… with markup or a long query renders it as text', async ({ page }) => {
  test.setTimeout(120_000);
  const t = await guard(page);
  // Servers refuse URLs much past 8 KB, so the long query in a link is 2,000 characters.
  for (const query of [...MARKUP, ...OPERATORS, LONG.slice(0, 2_000)]) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(searchBox(page.getByRole('main'))).toBeVisible();
    await page.waitForTimeout(300);
    await responsive(page);
    expect(await injected(page), `for ?q=${JSON.stringify(query.slice(0, 40))}`).toEqual([]);
  }
  await page.goto(`/search/?q=${encodeURIComponent(MARKUP[1]!)}`);
  await expect(page.getByRole('main').getByText(MARKUP[1]!, { exact: false }).first()).toBeVisible();
  expect(t.problems).toEqual([]);
});
