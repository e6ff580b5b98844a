/**
 * `npm run build`: validates and links content once, builds the static site into a staging folder,
 * runs every emitter (lib/emit) over it, and only then swaps it into `out/`. A failure at any step
 * leaves the previous `out/` exactly as it was.
 *
 * The linked corpus, with its git facts, is written once as a snapshot that every `next build`
 * worker reads (CORROBORATE_CORPUS), so content is read and validated once per build, not once
 * per process.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { buildDate, headCommit } from '../lib/content/build-info';
import { gitFacts } from '../lib/content/git';
import { loadContent } from '../lib/content/load';
import { writeSnapshot } from '../lib/content/store';
import { EMITTERS, type EmittedFile } from '../lib/emit';

const root = process.cwd();
const OUT = path.join(root, 'out');
const BUILD = path.join(root, '.build');
const STAGING_REL = '.build/export';
const STAGING = path.join(root, STAGING_REL);
const PREVIOUS = path.join(BUILD, 'previous');
const SNAPSHOT = path.join(BUILD, 'corpus.json');

function fail(message: string): never {
  console.error(`\n✗ ${message}\n  The previous build in out/ was left untouched.`);
  fs.rmSync(STAGING, { recursive: true, force: true });
  process.exit(1);
}

/** Writes emitted files into the site; a path outside it, or one Next already wrote, stops the build. */
function writeEmitted(dir: string, name: string, files: EmittedFile[]): void {
  for (const file of files) {
    const target = path.resolve(dir, file.path);
    if (!target.startsWith(dir + path.sep) || file.path.startsWith('/')) throw new Error(`${name} tried to write outside the site: ${file.path}`);
    if (fs.existsSync(target)) throw new Error(`${name} would overwrite ${file.path}, which another step wrote`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
  }
}

const t0 = performance.now();
const contentDir = path.resolve(process.env.CORROBORATE_CONTENT_DIR ?? 'content');
// The day reviews fall due against, and the commit citations point to (validated: 40 hex digits).
const today = buildDate();
const commit = headCommit(root);
const { diagnostics, corpus } = loadContent(contentDir, { displayRoot: path.relative(root, contentDir).split(path.sep).join('/'), facts: gitFacts(root), today, commit });
for (const d of diagnostics) (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d));
if (!corpus) fail(`content has ${diagnostics.filter((d) => d.severity === 'error').length} error(s); fix them and build again (npm run validate shows the same list).`);
console.log(`✓ content valid: ${corpus.reports.length} reports, ${corpus.claims.length} claims, ${corpus.sources.length} sources, ${corpus.entities.length} entities`);
console.log(`✓ built on ${today} from ${commit ? `commit ${commit}` : 'a folder outside git (no commit)'}; ${corpus.dueForReview.length} claim(s) due for review`);

fs.rmSync(STAGING, { recursive: true, force: true });
fs.mkdirSync(BUILD, { recursive: true });
writeSnapshot(SNAPSHOT, corpus);
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const build = spawnSync(process.execPath, [nextBin, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, CORROBORATE_EXPORT_DIR: STAGING_REL, CORROBORATE_CORPUS: SNAPSHOT, NEXT_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) fail(`next build failed (exit ${build.status ?? build.signal}).`);
if (!fs.existsSync(path.join(STAGING, 'index.html')) || !fs.existsSync(path.join(STAGING, '404.html'))) fail('the export is incomplete (index.html or 404.html missing).');

for (const emitter of EMITTERS) {
  if (!emitter.files) continue;
  try {
    const files = emitter.files(corpus);
    writeEmitted(STAGING, emitter.name, files);
    console.log(`✓ ${emitter.name}: ${files.length} file${files.length === 1 ? '' : 's'}`);
  } catch (e) {
    fail(`emitter "${emitter.name}" failed: ${(e as Error).message}`);
  }
}
for (const emitter of EMITTERS) {
  if (!emitter.site) continue;
  try {
    const note = emitter.site(STAGING, corpus);
    console.log(`✓ ${emitter.name}${note ? `: ${note}` : ''}`);
  } catch (e) {
    fail(`emitter "${emitter.name}" failed: ${(e as Error).message}`);
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
