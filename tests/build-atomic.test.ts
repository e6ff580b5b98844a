/**
 * The build is atomic: a failing build leaves the previous out/ byte for byte as it was, and never
 * a half-written site. Runs scripts/build.ts for real, in a private copy of the project (sources
 * copied, node_modules hard-linked), so it neither touches nor races the out/ of this checkout.
 *
 *  1. A site built from tests/fixtures/hostile/_valid-but-hostile (valid content full of markup and
 *     script-like strings) passes the output-safety checks: all of it came out as text.
 *  2. Broken content: the build stops at validation, prints the diagnostic, out/ is unchanged.
 *  3. A post-build step that writes half a file and throws: out/ is unchanged, staging is gone.
 *  4. The build killed while `next build` writes pages: out/ is unchanged.
 * Two real `next build` runs (about 30 s each) plus one cut short.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../e2e/site-audit';
import { copyProject, runBuild, snapshot } from './helpers/project';

const HOSTILE_VALID = 'tests/fixtures/hostile/_valid-but-hostile';

let project: string;
const build = (env: Record<string, string>, options?: Parameters<typeof runBuild>[2]) => runBuild(project, env, options);

beforeAll(() => {
  project = copyProject('corroborate-atomic-');
  // An emitter that fails half-way through the finished site, added only when this file is preloaded (.mjs, so the
  // type check of `next build` leaves it alone; tsx still resolves the .ts import).
  fs.writeFileSync(
    path.join(project, 'failing-step.mjs'),
    `import fs from 'node:fs';
import path from 'node:path';
import { EMITTERS } from './lib/emit/index.ts';
EMITTERS.push({
  name: 'test: fails half-way',
  site(dir) {
    fs.writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><p>half-writ');
    throw new Error('injected failure');
  },
});
`,
  );
}, 120_000);

afterAll(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
}, 120_000);

describe('an atomic build', () => {
  let before: Record<string, string>;

  it('builds a site from valid but hostile content, and every page passes the output-safety checks', async () => {
    const { status, output } = await build({ CORROBORATE_CONTENT_DIR: HOSTILE_VALID });
    expect(status, output.slice(-3000)).toBe(0);
    const out = path.join(project, 'out');
    expect(fs.existsSync(path.join(project, '.build/export'))).toBe(false);
    const audit = auditSite(out);
    expect(audit.problems).toEqual([]);
    expect(audit.pages).toBeGreaterThan(10);
    expect(audit.jsonLd).toBeGreaterThan(0);
    // The strings arrived as text: escaped in the HTML, never as elements.
    const entity = fs.readFileSync(path.join(out, 'entities/sample-group/index.html'), 'utf8');
    expect(entity).toContain('Sample Group &lt;/script&gt;&lt;script&gt;globalThis.__pwned = 1&lt;/script&gt;');
    expect(entity).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(entity).not.toMatch(/<img\b|<svg\b[^>]*onload/);
    const claim = fs.readFileSync(path.join(out, 'claims/group-present-everywhere/index.html'), 'utf8');
    // JSON-LD names the report the claim appears in: its "</script>" is escaped, not closing the block.
    expect(claim).toContain('"name":"A report titled \\u003c/script>\\u003cscript>alert(1)\\u003c/script>"');
    before = snapshot(out);
  }, 300_000);

  it('stops at validation on broken content and leaves out/ byte-identical', async () => {
    expect(before).toBeDefined();
    const broken = path.join(project, 'broken-content');
    fs.cpSync(path.join(project, 'tests/fixtures/valid'), broken, { recursive: true });
    fs.cpSync(path.join(project, 'tests/fixtures/hostile/mdx-expression-inline'), broken, { recursive: true });
    const { status, output } = await build({ CORROBORATE_CONTENT_DIR: broken });
    expect(status).toBe(1);
    expect(output).toContain('content/entities/hostile-entity.mdx:8:15  body  "{globalThis.__pwned = true}" is a JavaScript expression');
    expect(output).toContain('The previous build in out/ was left untouched.');
    expect(snapshot(path.join(project, 'out'))).toEqual(before);
    expect(fs.existsSync(path.join(project, '.build/export'))).toBe(false);
  }, 120_000);

  it('leaves out/ byte-identical and removes the staging folder when an emitter fails', async () => {
    expect(before).toBeDefined();
    const { status, output } = await build({ CORROBORATE_CONTENT_DIR: 'tests/fixtures/valid' }, { nodeArgs: ['--import', './failing-step.mjs'] });
    expect(status, output.slice(-3000)).toBe(1);
    expect(output).toContain('emitter "test: fails half-way" failed: injected failure');
    expect(snapshot(path.join(project, 'out'))).toEqual(before);
    expect(fs.existsSync(path.join(project, '.build/export'))).toBe(false);
  }, 300_000);

  it('leaves out/ byte-identical when the build is killed while pages are being written', async () => {
    expect(before).toBeDefined();
    const { killed, output } = await build({ CORROBORATE_CONTENT_DIR: 'tests/fixtures/valid' }, { killWhen: /Generating static pages/ });
    expect(killed, output.slice(-2000)).toBe(true);
    expect(snapshot(path.join(project, 'out'))).toEqual(before);
  }, 120_000);
});
