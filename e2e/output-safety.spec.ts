/**
 * Output safety over every built page in out/ (the files, as a static host serves them): only the
 * framework's scripts, no on*= attributes, JSON-LD that parses and holds no raw "<", rel="noopener
 * noreferrer" on every external link, no javascript:/data: URLs, and a Content-Security-Policy
 * meta tag that allows exactly the page's own inline scripts, and one site-wide _headers rule.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { auditSite } from './site-audit';

test('every built page passes the output-safety checks', async ({ baseURL }) => {
  const audit = auditSite(path.resolve('out'), new URL(baseURL!).origin);
  console.log(
    `output safety: ${audit.pages} pages, ${audit.scripts} scripts, ${audit.jsonLd} JSON-LD blocks, ${audit.externalLinks} external links checked`,
  );
  expect(audit.pages).toBeGreaterThan(0);
  expect(audit.problems).toEqual([]);
});

test('each page carries its script policy; the server adds the site-wide headers to every response', async ({
  request,
}) => {
  const home = await request.get('/');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await home.text())?.[1] ?? '';
  expect(/script-src ([^;]*)/.exec(meta)?.[1] ?? '').toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  const header = home.headers()['content-security-policy'] ?? '';
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).not.toContain('script-src');
  const missing = await request.get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(missing.headers()['x-content-type-options']).toBe('nosniff');
  expect(missing.headers()['referrer-policy']).toBe('no-referrer');
});
