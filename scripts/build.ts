/**
 * `npm run build`: validates and links content once, builds the static site into a staging folder,
 * runs every emitter (lib/emit) over it, and only then swaps it into `out/`. A failure at any step
 * leaves the previous `out/` exactly as it was.
 *
 * The linked corpus, with its git facts, is written once as a snapshot that every `next build`
 * worker reads (CORROBORATE_CORPUS), so content is read and validated once per build, not once
 * per process. The build id is a hash of that snapshot, so the same input gives the same bytes.
 *
 *   npm run build                          the whole site
 *   npm run build -- --shard 2/4           every shared page, and a quarter of the detail pages
 *   npm run build -- --merge a/ b/ c/ d/   the parts of a sharded build, checked and combined
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { buildDate, headCommit } from '../lib/content/build-info';
import { gitFacts } from '../lib/content/git';
import { loadContent } from '../lib/content/load';
import { readSnapshot, writeSnapshot } from '../lib/content/store';
import { diskCache } from '../lib/content/cache';
import { EMITTERS, type EmittedFile } from '../lib/emit';
import { loudWarning } from '../lib/emit/site-identity';
import { siteIdentityWarnings } from '../lib/model/site';

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
    if (!target.startsWith(dir + path.sep) || file.path.startsWith('/'))
      throw new Error(`${name} tried to write outside the site: ${file.path}`);
    if (fs.existsSync(target)) throw new Error(`${name} would overwrite ${file.path}, which another step wrote`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
  }
}

const { values: args, positionals } = parseArgs({
  options: {
    shard: { type: 'string' },
    merge: { type: 'boolean', default: false },
    // Internal: the first step of a build, run as a child process (see prepare()).
    prepare: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const t0 = performance.now();

/** Swap: two renames, so out/ is either the old site or the new one, never a mixture. */
function swapIntoOut(): void {
  fs.rmSync(PREVIOUS, { recursive: true, force: true });
  if (fs.existsSync(OUT)) fs.renameSync(OUT, PREVIOUS);
  fs.renameSync(STAGING, OUT);
  fs.rmSync(PREVIOUS, { recursive: true, force: true });
}

if (args.merge) {
  // Every part was built from the same input with the same build id: a file two parts share must be
  // byte for byte the same (shared pages, chunks, emitted files); anything else means they were not.
  if (positionals.length < 2)
    fail('--merge needs the output folders of at least two shards, e.g. --merge parts/1 parts/2');
  fs.rmSync(STAGING, { recursive: true, force: true });
  fs.mkdirSync(STAGING, { recursive: true });
  const owner = new Map<string, string>();
  const conflicts: string[] = [];
  for (const part of positionals.map((p) => path.resolve(p))) {
    if (!fs.existsSync(path.join(part, 'index.html'))) fail(`${part} is not a built site (no index.html)`);
    for (const entry of fs.readdirSync(part, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const from = path.join(entry.parentPath, entry.name);
      const rel = path.relative(part, from);
      const to = path.join(STAGING, rel);
      const earlier = owner.get(rel);
      if (earlier) {
        if (!fs.readFileSync(from).equals(fs.readFileSync(to)))
          conflicts.push(`${rel} differs between ${earlier} and ${part}`);
        continue;
      }
      owner.set(rel, part);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
  if (conflicts.length)
    fail(
      `the parts disagree on ${conflicts.length} file(s), so they were not built from the same input:\n  ${conflicts.slice(0, 20).join('\n  ')}`,
    );
  swapIntoOut();
  console.log(
    `✓ merged ${positionals.length} parts into out/: ${owner.size} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  process.exit(0);
}
if (args.shard && !/^[1-9]\d*\/[1-9]\d*$/.test(args.shard))
  fail(`--shard takes k/n, e.g. --shard 2/4 (got "${args.shard}")`);
if (args.shard && Number(args.shard.split('/')[0]) > Number(args.shard.split('/')[1]))
  fail(`--shard ${args.shard}: k must be at most n`);

// Site identity (SITE_URL, REPOSITORY_URL): said before the build and again at its end, where it cannot be missed.
const identityWarning = loudWarning(siteIdentityWarnings());
if (identityWarning && !args.prepare) console.warn(`${identityWarning}\n`);
const contentDir = path.resolve(process.env.CORROBORATE_CONTENT_DIR ?? 'content');

/**
 * Validates and links the content, and writes the snapshot. Run in a child process: `next build`
 * runs for minutes and its workers each hold their own copy of the corpus, so the build's own
 * process holds none meanwhile (about 0.7 GB at 10,000 claims); it reads the snapshot back for the
 * emitters, the same data the pages were rendered from.
 */
function prepare(): void {
  const started = performance.now();
  // The day reviews fall due against, and the commit citations point to (validated: 40 hex digits).
  const today = buildDate();
  const commit = headCommit(root);
  const { diagnostics, corpus } = loadContent(contentDir, {
    displayRoot: path.relative(root, contentDir).split(path.sep).join('/'),
    facts: gitFacts(root),
    // Files checked by an earlier build or `npm run validate`, and unchanged since, are not checked again.
    cache: diskCache(path.join(BUILD, 'cache/validate')),
    today,
    commit,
  });
  for (const d of diagnostics) (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d));
  if (!corpus)
    fail(
      `content has ${diagnostics.filter((d) => d.severity === 'error').length} error(s); fix them and build again (npm run validate shows the same list).`,
    );
  console.log(
    `✓ content valid: ${corpus.reports.length} reports, ${corpus.claims.length} claims, ${corpus.sources.length} sources, ${corpus.entities.length} entities (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(
    `✓ built on ${today} from ${commit ? `commit ${commit}` : 'a folder outside git (no commit)'}; ${corpus.dueForReview.length} claim(s) due for review`,
  );
  fs.rmSync(STAGING, { recursive: true, force: true });
  fs.mkdirSync(BUILD, { recursive: true });
  writeSnapshot(SNAPSHOT, corpus);
}
if (args.prepare) {
  prepare();
  process.exit(0);
}
// In a process of its own, whose memory is returned when it ends: `next build` then runs beside
// this process at its smallest (at 10,000 claims, the parent held 0.4 GB even after letting the
// corpus go, and 0.75 GB before).
const prepared = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--prepare'], {
  stdio: 'inherit',
});
if (prepared.status !== 0) process.exit(prepared.status ?? 1);
const buildId = createHash('sha256').update(fs.readFileSync(SNAPSHOT)).digest('base64url').slice(0, 20);
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
if (args.shard) console.log(`✓ shard ${args.shard}: the detail pages whose id hashes to it, and every other page`);
const build = spawnSync(process.execPath, [nextBin, 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CORROBORATE_EXPORT_DIR: STAGING_REL,
    CORROBORATE_CORPUS: SNAPSHOT,
    CORROBORATE_BUILD_ID: buildId,
    CORROBORATE_SHARD: args.shard ?? '',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});
if (build.status !== 0) fail(`next build failed (exit ${build.status ?? build.signal}).`);
if (!fs.existsSync(path.join(STAGING, 'index.html')) || !fs.existsSync(path.join(STAGING, '404.html')))
  fail('the export is incomplete (index.html or 404.html missing).');

const corpus = readSnapshot(SNAPSHOT);
for (const emitter of EMITTERS) {
  if (!emitter.files) continue;
  try {
    const started = performance.now();
    const files = emitter.files(corpus);
    writeEmitted(STAGING, emitter.name, files);
    console.log(
      `✓ ${emitter.name}: ${files.length} file${files.length === 1 ? '' : 's'} (${Math.round(performance.now() - started)} ms)`,
    );
  } catch (e) {
    fail(`emitter "${emitter.name}" failed: ${(e as Error).message}`);
  }
}
for (const emitter of EMITTERS) {
  if (!emitter.site) continue;
  try {
    const started = performance.now();
    const note = emitter.site(STAGING, corpus);
    console.log(`✓ ${emitter.name}${note ? `: ${note}` : ''} (${Math.round(performance.now() - started)} ms)`);
  } catch (e) {
    fail(`emitter "${emitter.name}" failed: ${(e as Error).message}`);
  }
}

swapIntoOut();

let pages = 0;
const walk = (dir: string) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(path.join(dir, e.name));
    else if (e.name.endsWith('.html')) pages++;
  }
};
walk(OUT);
console.log(`\n✓ built ${pages} HTML pages into out/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
if (identityWarning) console.warn(`\n${identityWarning}`);
