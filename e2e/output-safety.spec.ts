/**
 * Output safety over every built page in out/ (the files, as a static host serves them): only the
 * framework's scripts, no on*= attributes, JSON-LD that parses and holds no raw "<", rel="noopener
 * noreferrer" on every external link, no javascript:/data: URLs, and a Content-Security-Policy
 * meta tag and _headers rule that allow exactly the page's own inline scripts.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { auditSite } from './site-audit';

test('every built page passes the output-safety checks', async ({ baseURL }) => {
  const audit = auditSite(path.resolve('out'), new URL(baseURL!).origin);
  console.log(`output safety: ${audit.pages} pages, ${audit.scripts} scripts, ${audit.jsonLd} JSON-LD blocks, ${audit.externalLinks} external links checked`);
  expect(audit.pages).toBeGreaterThan(0);
  expect(audit.problems).toEqual([]);
});

test('the server sends the policy, and a page without its own rule still gets the site-wide one', async ({ request }) => {
  const home = await request.get('/');
  const csp = home.headers()['content-security-policy'] ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  expect(csp).toContain("frame-ancestors 'none'");
  const missing = await request.get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(missing.headers()['x-content-type-options']).toBe('nosniff');
  expect(missing.headers()['referrer-policy']).toBe('no-referrer');
});
