/**
 * `npm run bench`: how the site build scales. Generates synthetic content at several sizes
 * (claims citing sources and entities, one report marking a slice of them), then for each size
 * measures, in the same run: content validation time, `next build` wall time, peak memory of the
 * build's process tree, pages written, output size, and the first-load JS of a claim page (from
 * Next's route-bundle-stats, gzipped per chunk). The real out/ is never touched.
 *
 *   npm run bench                 # sizes 200 and 1000
 *   npm run bench -- --sizes 100,2000
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { loadContent } from '../lib/content/load';

const root = process.cwd();
function readOptions() {
  try {
    return parseArgs({ options: { sizes: { type: 'string', default: '200,1000' } } }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\nUsage: npm run bench [-- --sizes 200,1000]`);
    process.exit(2);
  }
}
const options = readOptions();
const sizes = options.sizes.split(',').map(Number);
if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`--sizes takes positive whole numbers separated by commas, e.g. --sizes 100,2000 (got "${options.sizes}")`);
  process.exit(2);
}

/** Deterministic PRNG (mulberry32), so every run builds the same corpus. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'attack province district fighters reported claimed officials security council briefing monitoring team estimate border militants rocket mosque convoy checkpoint assassination recruitment network financing camp governor spokesman ministry statement estimate decline increase'.split(' ');
const ASSESSMENTS = ['corroborated', 'partly-corroborated', 'unverified', 'disputed', 'refuted'];

function generate(dir: string, n: number) {
  const rand = rng(42);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  for (const c of ['claims', 'sources', 'entities', 'reports']) fs.mkdirSync(path.join(dir, c), { recursive: true });
  const nSources = Math.max(5, Math.round(n / 5));
  const nEntities = Math.max(5, Math.round(n / 10));
  fs.writeFileSync(path.join(dir, 'entities', 'country-0.mdx'), `---\nname: Country 0\nkind: place\nplace_type: country\nsummary: A synthetic country.\nreviewed: 2026-11-25\n---\n\nA synthetic country.\n`);
  for (let i = 0; i < nEntities; i++) {
    const place = i % 3 === 0;
    fs.writeFileSync(
      path.join(dir, 'entities', `entity-${i}.mdx`),
      `---\nname: Entity ${i}\nkind: ${place ? 'place' : 'organisation'}\n${place ? 'place_type: province\npart_of: country-0\n' : ''}summary: Synthetic entity ${i}.\naliases: [E${i}, Ent-${i}]\nreviewed: 2026-11-25\n---\n\n${sentence(40)}.\n`,
    );
  }
  for (let i = 0; i < nSources; i++) {
    fs.writeFileSync(
      path.join(dir, 'sources', `source-${i}.mdx`),
      `---\ntitle: Synthetic source ${i}\npublisher: Publisher ${i % 17}\nkind: news\npublished: 2024-0${1 + (i % 9)}-1${i % 10}\nurl: https://example.org/source/${i}\ncopy: original\nreliability: ${'ABCDEF'[i % 6]}\nreliability_reason: Synthetic.\n---\n\n${sentence(60)}.\n`,
    );
  }
  const spans: string[] = [];
  for (let i = 0; i < n; i++) {
    const assessment = pick(ASSESSMENTS);
    const ents = [`entity-${i % nEntities}`, `entity-${(i * 7) % nEntities}`].filter((e, k, a) => a.indexOf(e) === k);
    const orgs = ents.filter((e) => Number(e.split('-')[1]) % 3 !== 0);
    const places = ents.filter((e) => Number(e.split('-')[1]) % 3 === 0);
    const ev = [0, 1].map((k) => `  - source: source-${(i + k * 13) % nSources}\n    stance: ${assessment === 'refuted' && k === 0 ? 'contradicts' : 'supports'}\n    locator: paragraph ${1 + (i % 30)}\n    credibility: ${1 + (i % 5)}`).join('\n');
    fs.writeFileSync(
      path.join(dir, 'claims', `claim-${i}.mdx`),
      `---\ntitle: Synthetic claim ${i} about ${pick(WORDS)}\nstatement: ${sentence(25)}.\nkind: factual\nassessment: ${assessment}\nrationale: ${sentence(12)}.\nlikelihood: likely\nconfidence: moderate\nas_of: 2024-05-01\nentities: [${orgs.join(', ')}]\nplaces: [${places.join(', ')}]\nevidence:\n${ev}\nreviewed: 2026-11-25\n---\n\n## Reasoning\n\n${sentence(80)}.\n\n- ${sentence(10)}\n- ${sentence(10)}\n\n${sentence(60)}, see [a source](/sources/source-${i % nSources}/).\n`,
    );
    if (i < 200) spans.push(`${sentence(8)} <Claim id="claim-${i}">${sentence(12)}</Claim>.`);
  }
  fs.writeFileSync(path.join(dir, 'reports', 'report-0.mdx'), `---\ntitle: Synthetic report\nkind: analysis\npublisher: Synthetic\nperspective: None.\nsummary: A synthetic report.\nreviewed: 2026-11-25\n---\n\n${spans.join('\n\n')}\n`);
}

/** Sum of VmRSS over a process tree, in MB. */
function treeRss(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const p of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {
      /* process ended */
    }
  }
  const walk = (id: number) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${id}/status`, 'utf8'));
      if (m) total += Number(m[1]) / 1024;
    } catch {
      /* ended */
    }
    for (const c of children.get(id) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

function dirStats(dir: string) {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        bytes += fs.statSync(p).size;
        if (e.name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { bytes, files, pages };
}

function firstLoadJs(route: string) {
  const stats = JSON.parse(fs.readFileSync(path.join(root, '.next/diagnostics/route-bundle-stats.json'), 'utf8')) as { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] }[];
  const entry = stats.find((s) => s.route === route);
  if (!entry) return { raw: NaN, gzip: NaN };
  const gzip = entry.firstLoadChunkPaths.reduce((sum, p) => sum + zlib.gzipSync(fs.readFileSync(path.join(root, p)), { level: 9 }).length, 0);
  return { raw: entry.firstLoadUncompressedJsBytes, gzip };
}

async function buildOnce(contentDir: string, exportRel: string) {
  const started = performance.now();
  let peak = 0;
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    env: { ...process.env, CORROBORATE_CONTENT_DIR: contentDir, CORROBORATE_EXPORT_DIR: exportRel, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`next build failed:\n${stderr.slice(-2000)}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peak };
}

const cpu = /model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
console.log(`Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`);
console.log(`Sizes: ${sizes.join(', ')} synthetic claims\n`);

const rows: string[] = [];
for (const n of sizes) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `corroborate-bench-${n}-`));
  generate(tmp, n);
  const t0 = performance.now();
  const loaded = loadContent(tmp, { displayRoot: 'bench' });
  const validateMs = performance.now() - t0;
  if (!loaded.corpus) throw new Error(`synthetic content is invalid:\n${loaded.diagnostics.slice(0, 5).map((d) => `${d.file}:${d.line} ${d.message}`).join('\n')}`);
  const exportRel = `.build/bench-${n}`;
  fs.rmSync(path.join(root, exportRel), { recursive: true, force: true });
  const build = await buildOnce(tmp, exportRel);
  const out = dirStats(path.join(root, exportRel));
  const js = firstLoadJs('/claims/[id]');
  const row = `| ${n} | ${loaded.files} | ${Math.round(validateMs)} | ${build.seconds.toFixed(1)} | ${((build.seconds * 1000) / out.pages).toFixed(1)} | ${Math.round(build.peakMb)} | ${out.pages} | ${(out.bytes / 2 ** 20).toFixed(1)} (${out.files}) | ${(js.raw / 1024).toFixed(1)} / ${(js.gzip / 1024).toFixed(1)} |`;
  rows.push(row);
  console.log(row);
  fs.rmSync(path.join(root, exportRel), { recursive: true, force: true });
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log('\n| claims | content files | validate ms | next build s | ms per page | peak RSS MB (tree) | HTML pages | out MB (files) | claim page first-load JS KB raw / gzip |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
