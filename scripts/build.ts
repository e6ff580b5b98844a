/**
 * `npm run build`: validates content, builds the static site into a staging folder and only then
 * swaps it into `out/`. A failure at any step leaves the previous `out/` exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../lib/diagnostics';
import { loadContent } from '../lib/load';
import { postBuildSteps } from './postbuild';

const root = process.cwd();
const OUT = path.join(root, 'out');
const STAGING_REL = '.build/export';
const STAGING = path.join(root, STAGING_REL);
const PREVIOUS = path.join(root, '.build/previous');

function fail(message: string): never {
  console.error(`\n✗ ${message}\n  The previous build in out/ was left untouched.`);
  fs.rmSync(STAGING, { recursive: true, force: true });
  process.exit(1);
}

const t0 = performance.now();
const { diagnostics, corpus } = loadContent(path.resolve(process.env.CORROBORATE_CONTENT_DIR ?? 'content'));
for (const d of diagnostics) (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d));
if (!corpus) fail(`content has ${diagnostics.filter((d) => d.severity === 'error').length} error(s); fix them and build again (npm run validate shows the same list).`);
console.log(`✓ content valid: ${corpus.reports.length} reports, ${corpus.claims.length} claims, ${corpus.sources.length} sources, ${corpus.entities.length} entities`);

fs.rmSync(STAGING, { recursive: true, force: true });
fs.mkdirSync(path.dirname(STAGING), { recursive: true });
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const build = spawnSync(process.execPath, [nextBin, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, CORROBORATE_EXPORT_DIR: STAGING_REL, NEXT_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) fail(`next build failed (exit ${build.status ?? build.signal}).`);
if (!fs.existsSync(path.join(STAGING, 'index.html')) || !fs.existsSync(path.join(STAGING, '404.html'))) fail('the export is incomplete (index.html or 404.html missing).');

for (const step of postBuildSteps) {
  try {
    const note = await step.run(STAGING, corpus);
    console.log(`✓ ${step.name}${note ? `: ${note}` : ''}`);
  } catch (e) {
    fail(`post-build step "${step.name}" failed: ${(e as Error).message}`);
  }
}

// Swap: two renames, so out/ is either the old site or the new one, never a mixture.
fs.rmSync(PREVIOUS, { recursive: true, force: true });
if (fs.existsSync(OUT)) fs.renameSync(OUT, PREVIOUS);
fs.renameSync(STAGING, OUT);
fs.rmSync(PREVIOUS, { recursive: true, force: true });

let pages = 0;
const walk = (dir: string) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(path.join(dir, e.name));
    else if (e.name.endsWith('.html')) pages++;
  }
};
walk(OUT);
console.log(`\n✓ built ${pages} HTML pages into out/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
