/**
 * `npm run bench`: the whole pipeline against a bare Next.js export of the same claims, side by
 * side in one run. For each size, a synthetic knowledge base (bench/site/generate.ts) is written to
 * a temporary folder; then, alternating, the bare baseline (bench/site/bare.ts) and Corroborate
 * (`npm run build` in a temporary copy of this repository) are built `--runs` times each, and the
 * best run of each is compared: wall time, time per HTML page, peak memory of the process tree,
 * bytes per claim page, the whole output, first-load JS. Also: `npm run validate` cold and after a
 * one-file change, the search index and its shards. Results go to docs/benchmarks.md (between the
 * `site-bench` markers) with the machine and load average. The real out/ is never touched.
 *
 *   npm run bench                            # 1,000 claims, 2 runs each
 *   npm run bench -- --sizes 1000,10000 --runs 1
 *   npm run bench -- --sizes 10000 --runs 1 --shards 4   also a 4-part sharded build and its merge
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { writeBareProject } from '../bench/site/bare';
import { generateContent } from '../bench/site/generate';

const root = process.cwd();
const { values: options } = (() => {
  try {
    return parseArgs({
      options: {
        sizes: { type: 'string', default: '1000' },
        runs: { type: 'string', default: '2' },
        shards: { type: 'string', default: '0' },
        'no-write': { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    console.error(
      `${(e as Error).message}\nUsage: npm run bench [-- --sizes 1000,10000] [--runs 2] [--shards 4] [--no-write]`,
    );
    process.exit(2);
  }
})();
const sizes = options.sizes.split(',').map(Number);
const runs = Number(options.runs);
const shardCount = Number(options.shards);
if (
  !sizes.length ||
  sizes.some((n) => !Number.isInteger(n) || n <= 0) ||
  !Number.isInteger(runs) ||
  runs < 1 ||
  !Number.isInteger(shardCount) ||
  shardCount === 1 ||
  shardCount < 0
) {
  console.error(
    '--sizes takes positive whole numbers separated by commas (e.g. 1000,10000), --runs a positive whole number, --shards 0 (none) or 2 and more',
  );
  process.exit(2);
}

/** Sum of VmRSS over a process tree, in MB. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const p of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {
      // the process ended
    }
  }
  let total = 0;
  const walk = (id: number) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${id}/status`, 'utf8'));
      if (m) total += Number(m[1]) / 1024;
    } catch {
      // the process ended
    }
    for (const c of children.get(id) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

/** Runs a command, sampling the memory of its process tree; returns wall seconds, peak MB and output. */
async function measure(cmd: string, args: string[], cwd: string, env: Record<string, string>) {
  const started = performance.now();
  let peak = 0;
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peak, output };
}

interface Tree {
  bytes: number;
  files: number;
  pages: number;
}
function walkTree(dir: string, filter: (rel: string) => boolean = () => true): Tree {
  const out: Tree = { bytes: 0, files: 0, pages: 0 };
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (filter(path.relative(dir, p))) {
        out.files++;
        out.bytes += fs.statSync(p).size;
        if (e.name.endsWith('.html')) out.pages++;
      }
    }
  };
  walk(dir);
  return out;
}

/** Every file of a folder with a hash of its bytes. */
function digestTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, file), createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return out;
}

/** Bytes of one claim page: its HTML and every payload file Next writes for it. */
function claimPageBytes(outDir: string, ids: string[]) {
  let total = 0;
  for (const id of ids) total += walkTree(path.join(outDir, 'claims', id)).bytes;
  return total / ids.length;
}

/** First-load JS of a route (Next 16 writes route-bundle-stats.json; chunks gzipped at level 9 here). */
function firstLoadJs(project: string, route: string) {
  const file = path.join(project, '.next/diagnostics/route-bundle-stats.json');
  if (!fs.existsSync(file)) return { raw: NaN, gzip: NaN };
  const stats = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    route: string;
    firstLoadUncompressedJsBytes: number;
    firstLoadChunkPaths: string[];
  }[];
  const entry = stats.find((s) => s.route === route);
  if (!entry) return { raw: NaN, gzip: NaN };
  const gzip = entry.firstLoadChunkPaths.reduce(
    (sum, p) => sum + zlib.gzipSync(fs.readFileSync(path.join(project, p)), { level: 9 }).length,
    0,
  );
  return { raw: entry.firstLoadUncompressedJsBytes, gzip };
}

/** A copy of this repository (without its content, builds or git) with node_modules hard-linked. */
function copyProject(target: string) {
  const skip = new Set([
    'node_modules',
    '.next',
    '.build',
    'out',
    '.git',
    'content',
    'test-results',
    'playwright-report',
  ]);
  for (const name of fs.readdirSync(root))
    if (!skip.has(name))
      fs.cpSync(path.join(root, name), path.join(target, name), { recursive: true, verbatimSymlinks: true });
  linkModules(target);
}
function linkModules(target: string) {
  try {
    execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(target, 'node_modules')]);
  } catch {
    fs.cpSync(path.join(root, 'node_modules'), path.join(target, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
}

const gz = (file: string) => (fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : NaN);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const fmt = (n: number, d = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });

const cpu =
  /model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
const machine = `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
console.log(
  `Machine: ${machine}\nSizes: ${sizes.join(', ')} claims; ${runs} run(s) of each build, alternating bare and Corroborate; the best of each is compared.\n`,
);
const loads: number[] = [];
const sampleLoad = () => loads.push(os.loadavg()[0]!);

/**
 * `npm run dev` on the synthetic content: how long until a claim page first renders, then how long
 * from saving an edit to its claim until the page the dev server returns shows it (what a browser
 * tab shows once components/content-reload.tsx refreshes it, less the refresh itself).
 */
async function devEditLatency(project: string, content: string, claimFile: string, port: number) {
  const id = path.basename(claimFile, '.mdx');
  const url = `http://127.0.0.1:${port}/claims/${id}/`;
  const child = spawn(process.execPath, [tsx(project), 'scripts/dev.ts', '--port', String(port)], {
    cwd: project,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CORROBORATE_CONTENT_DIR: content },
    stdio: 'ignore',
    detached: true,
  });
  const page = async () => {
    try {
      const res = await fetch(url);
      return res.ok ? await res.text() : '';
    } catch {
      return '';
    }
  };
  const until = async (test: (html: string) => boolean, limitMs: number) => {
    const t0 = performance.now();
    while (performance.now() - t0 < limitMs) {
      if (test(await page())) return (performance.now() - t0) / 1000;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`npm run dev: ${url} did not show the expected text within ${limitMs / 1000} s`);
  };
  try {
    const started = performance.now();
    await until((html) => html.includes('</html>'), 600_000);
    const firstRender = (performance.now() - started) / 1000;
    const edits: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const marker = `Edited in the bench, take ${i}.`;
      const t0 = performance.now();
      fs.appendFileSync(claimFile, `\n${marker}\n`);
      await until((html) => html.includes(marker), 60_000);
      edits.push((performance.now() - t0) / 1000);
    }
    return { firstRender, edits };
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already ended
    }
  }
}

/** Where a build's time went, from its own log: Next's phases, and Corroborate's steps around them. */
function phases(output: string) {
  const seconds = (m: RegExpExecArray | null) =>
    m ? Number(m[1]) * (m[2] === 'min' ? 60 : m[2] === 'ms' ? 0.001 : 1) : NaN;
  const compile = seconds(/Compiled successfully in ([\d.]+)(ms|s|min)/.exec(output));
  const generate = seconds(
    /Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(ms|s|min)/.exec(output),
  );
  const content = seconds(/content valid: [^\n]*\(([\d.]+) (s)\)/.exec(output));
  let steps = 0;
  for (const m of output.matchAll(/^✓ [^\n]*\((\d+) ms\)$/gm)) steps += Number(m[1]) / 1000;
  return { content, compile, generate, steps };
}

const sections: string[] = [];
const tsx = (project: string) => path.join(project, 'node_modules/tsx/dist/cli.mjs');
const nextBin = (project: string) => path.join(project, 'node_modules/next/dist/bin/next');

for (const n of sizes) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `corroborate-bench-${n}-`));
  const content = path.join(tmp, 'content');
  const generated = generateContent(content, n);
  const bare = path.join(tmp, 'bare');
  writeBareProject(bare);
  linkModules(bare);
  const project = path.join(tmp, 'corroborate');
  copyProject(project);

  // Validation: cold (no cache), then after a one-file change (the cache of the first run).
  fs.rmSync(path.join(project, '.build/cache'), { recursive: true, force: true });
  sampleLoad();
  const cold = await measure(process.execPath, [tsx(project), 'scripts/validate.ts', content, '--quiet'], project, {});
  fs.appendFileSync(generated.sampleClaim, '\nOne more sentence.\n');
  const warm = await measure(process.execPath, [tsx(project), 'scripts/validate.ts', content, '--quiet'], project, {});
  const reported = (out: string) => Number(/\((\d+) ms\)/.exec(out)?.[1] ?? NaN);

  const bareRuns: Awaited<ReturnType<typeof measure>>[] = [];
  const ourRuns: Awaited<ReturnType<typeof measure>>[] = [];
  for (let r = 0; r < runs; r++) {
    fs.rmSync(path.join(bare, 'out'), { recursive: true, force: true });
    sampleLoad();
    bareRuns.push(await measure(process.execPath, [nextBin(bare), 'build'], bare, { BARE_CONTENT_DIR: content }));
    console.log(`  ${n} claims, run ${r + 1}: bare ${bareRuns.at(-1)!.seconds.toFixed(1)} s`);
    // A cold build, as CI runs it: no validation cache from the runs before.
    fs.rmSync(path.join(project, '.build/cache'), { recursive: true, force: true });
    sampleLoad();
    ourRuns.push(
      await measure(process.execPath, [tsx(project), 'scripts/build.ts'], project, {
        CORROBORATE_CONTENT_DIR: content,
      }),
    );
    console.log(`  ${n} claims, run ${r + 1}: Corroborate ${ourRuns.at(-1)!.seconds.toFixed(1)} s`);
  }
  const best = (list: typeof bareRuns) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const b = best(bareRuns);
  const c = best(ourRuns);
  const bp = phases(b.output);
  const cp = phases(c.output);
  const bareOut = walkTree(path.join(bare, 'out'));
  const ourOut = walkTree(path.join(project, 'out'));
  const ids = Array.from({ length: Math.min(50, n) }, (_, i) => `claim-${Math.floor((i * n) / Math.min(50, n))}`);
  const bareClaim = claimPageBytes(path.join(bare, 'out'), ids);
  const ourClaim = claimPageBytes(path.join(project, 'out'), ids);
  const bareJs = firstLoadJs(bare, '/claims/[id]');
  const ourJs = firstLoadJs(project, '/claims/[id]');
  const index = path.join(project, 'out/search-index.json');
  const shards = walkTree(path.join(project, 'out/search/text'));
  const headers = fs.statSync(path.join(project, 'out/_headers')).size;
  const indexPages = ['claims', 'sources', 'entities', 'reports', 'search'].map(
    (p) => [p, gz(path.join(project, 'out', p, 'index.html'))] as const,
  );
  const perPage = (r: { seconds: number }, t: Tree) => (r.seconds * 1000) / t.pages;
  const facets = gz(path.join(project, 'out/claims/facets.json'));

  // A sharded build, as a CI matrix would run it: each shard here one after another (on n runners
  // they run at once, so the slowest shard plus the merge is the wall time), then the merge, whose
  // out/ must be the single build's, byte for byte.
  let shardLines: string[] = [];
  if (shardCount > 1) {
    const single = digestTree(path.join(project, 'out'));
    const parts = path.join(tmp, 'parts');
    fs.mkdirSync(parts);
    const shardRuns: Awaited<ReturnType<typeof measure>>[] = [];
    for (let k = 1; k <= shardCount; k++) {
      fs.rmSync(path.join(project, '.build/cache'), { recursive: true, force: true });
      sampleLoad();
      shardRuns.push(
        await measure(process.execPath, [tsx(project), 'scripts/build.ts', '--shard', `${k}/${shardCount}`], project, {
          CORROBORATE_CONTENT_DIR: content,
        }),
      );
      fs.renameSync(path.join(project, 'out'), path.join(parts, String(k)));
      console.log(`  ${n} claims, shard ${k}/${shardCount}: ${shardRuns.at(-1)!.seconds.toFixed(1)} s`);
    }
    const merge = await measure(
      process.execPath,
      [
        tsx(project),
        'scripts/build.ts',
        '--merge',
        ...Array.from({ length: shardCount }, (_, i) => path.join(parts, String(i + 1))),
      ],
      project,
      {},
    );
    const merged = digestTree(path.join(project, 'out'));
    const differ = [...new Set([...single.keys(), ...merged.keys()])].filter((f) => single.get(f) !== merged.get(f));
    const slowest = Math.max(...shardRuns.map((r) => r.seconds));
    shardLines = [
      `- Sharded, ${shardCount} parts (\`--shard k/${shardCount}\`, then \`--merge\`): shards ${shardRuns.map((r) => `${fmt(r.seconds)} s`).join(', ')} (peak RSS ${fmt(Math.max(...shardRuns.map((r) => r.peakMb)) / 1024, 2)} GB); merge ${fmt(merge.seconds)} s. On ${shardCount} runners: **${fmt(slowest + merge.seconds)} s** (slowest shard + merge) against ${fmt(c.seconds)} s single, ${ratio(c.seconds, slowest + merge.seconds)} faster; ${fmt(shardRuns.reduce((a, r) => a + r.seconds, 0) + merge.seconds)} s of machine time in all. Merged out/ against the single build: ${differ.length === 0 ? 'identical, every file' : `${differ.length} files differ (${differ.slice(0, 5).join(', ')})`}.`,
    ];
  }

  sampleLoad();
  const dev = await devEditLatency(project, content, generated.sampleClaim, 4390);
  const devMedian = [...dev.edits].sort((a, b) => a - b)[Math.floor(dev.edits.length / 2)]!;
  const devWorst = Math.max(...dev.edits);
  console.log(`  ${n} claims, npm run dev: edits shown in ${dev.edits.map((e) => fmt(e, 2)).join(', ')} s`);

  const rows: [string, string, string, string][] = [
    ['wall time', `${fmt(b.seconds)} s`, `${fmt(c.seconds)} s`, ratio(c.seconds, b.seconds)],
    ['HTML pages', `${bareOut.pages}`, `${ourOut.pages}`, ratio(ourOut.pages, bareOut.pages)],
    [
      'time per HTML page',
      `${fmt(perPage(b, bareOut))} ms`,
      `${fmt(perPage(c, ourOut))} ms`,
      ratio(perPage(c, ourOut), perPage(b, bareOut)),
    ],
    [
      'peak RSS of the process tree',
      `${fmt(b.peakMb / 1024, 2)} GB`,
      `${fmt(c.peakMb / 1024, 2)} GB`,
      ratio(c.peakMb, b.peakMb),
    ],
    ['bytes per claim page (HTML + payloads)', kb(bareClaim), kb(ourClaim), ratio(ourClaim, bareClaim)],
    [
      'whole out/',
      `${mb(bareOut.bytes)} (${bareOut.files} files)`,
      `${mb(ourOut.bytes)} (${ourOut.files} files)`,
      ratio(ourOut.bytes, bareOut.bytes),
    ],
    ['first-load JS of a claim page, gzip', kb(bareJs.gzip), kb(ourJs.gzip), ratio(ourJs.gzip, bareJs.gzip)],
  ];
  const table = [
    '| | bare Next.js | Corroborate | Corroborate ÷ bare |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const extra = [
    `- Content: ${n.toLocaleString('en-GB')} claims in ${generated.files.toLocaleString('en-GB')} files. Validation (\`npm run validate\`, the validator's own time / the whole command): cold ${fmt(reported(cold.output), 0)} ms / ${fmt(cold.seconds)} s; after a one-file change ${fmt(reported(warm.output), 0)} ms / ${fmt(warm.seconds)} s.`,
    `- Search: index ${kb(fs.statSync(index).size)} raw, ${kb(gz(index))} gzip; ${shards.files} text shards, ${kb(shards.bytes)} in all.`,
    `- \`_headers\`: ${kb(headers)}. Index pages, HTML gzip: ${indexPages.map(([p, s]) => `/${p}/ ${kb(s)}`).join(', ')}; the claims filters' facet file ${kb(facets)} gzip, fetched on first use.`,
    `- Runs (s): bare ${bareRuns.map((r) => fmt(r.seconds)).join(', ')}; Corroborate ${ourRuns.map((r) => fmt(r.seconds)).join(', ')}.`,
    `- Where the time goes (best run, from each build's log): bare: compile ${fmt(bp.compile)} s, static generation ${fmt(bp.generate)} s (${fmt((bp.generate * 1000) / bareOut.pages)} ms a page), the rest ${fmt(b.seconds - bp.compile - bp.generate)} s. Corroborate: validating and linking ${fmt(cp.content)} s, compile ${fmt(cp.compile)} s, static generation ${fmt(cp.generate)} s (${fmt((cp.generate * 1000) / ourOut.pages)} ms a page, ${ratio(cp.generate / ourOut.pages, bp.generate / bareOut.pages)} bare's), emitters and passes over the site ${fmt(cp.steps)} s, the rest (start-up, snapshot, Next's other phases, swap) ${fmt(c.seconds - cp.content - cp.compile - cp.generate - cp.steps)} s.`,
    `- \`npm run dev\`: first render of a claim page ${fmt(dev.firstRender)} s (compiling the route); an edit to the claim's file shown by the page in ${dev.edits.map((e) => fmt(e, 2)).join(', ')} s (five saves).`,
    ...shardLines,
  ].join('\n');
  // Issue 15's targets, each met or missed by how much.
  const verdict = (ok: boolean) => (ok ? 'met' : '**NOT met**');
  const timeRatio = perPage(c, ourOut) / perPage(b, bareOut);
  const rssRatio = c.peakMb / b.peakMb;
  const bytesRatio = ourClaim / bareClaim;
  const largestIndex = Math.max(...indexPages.map(([, size]) => size));
  const searchGzip = gz(index);
  const targets = [
    `- Time per HTML page ≤ 1.2× bare: ${ratio(perPage(c, ourOut), perPage(b, bareOut))} — ${verdict(timeRatio <= 1.2)}.`,
    `- Peak RSS ≤ 1.5× bare and < 2 GB: ${ratio(c.peakMb, b.peakMb)}, ${fmt(c.peakMb / 1024, 2)} GB — ${verdict(rssRatio <= 1.5 && c.peakMb < 2048)}.`,
    `- Bytes per claim page ≤ 1.5× bare: ${ratio(ourClaim, bareClaim)} — ${verdict(bytesRatio <= 1.5)}.`,
    `- Validate cold ≤ 6 s: ${fmt(cold.seconds)} s (the command; ${fmt(reported(cold.output) / 1000)} s in the validator) — ${verdict(cold.seconds <= 6)}; after a one-file change ≤ 1 s: ${fmt(warm.seconds, 2)} s (${fmt(reported(warm.output) / 1000, 2)} s in the validator) — ${verdict(warm.seconds <= 1)}.`,
    `- In \`npm run dev\`, an edited claim shown within 2 s: median ${fmt(devMedian, 2)} s, worst ${fmt(devWorst, 2)} s — ${verdict(devWorst <= 2)}.`,
    `- Index pages < 150 KB gzip each: largest ${kb(largestIndex)} — ${verdict(largestIndex < 150 * 1024)}.`,
    `- Search index ≤ 1 MB gzip: ${kb(searchGzip)} — ${verdict(searchGzip <= 2 ** 20)}.`,
  ].join('\n');
  const section = `### ${n.toLocaleString('en-GB')} claims\n\n${table}\n\n${extra}\n\nTargets (issue 15):\n\n${targets}\n`;
  console.log(`\n${section}`);
  sections.push(section);
  fs.rmSync(tmp, { recursive: true, force: true });
}

const when = new Date().toISOString().slice(0, 10);
const report = `<!-- site-bench:start -->\nMeasured by \`npm run bench -- --sizes ${sizes.join(',')} --runs ${runs}${shardCount ? ` --shards ${shardCount}` : ''}\` on ${when}. **Machine:** ${machine}. 1-minute load average at the start of each build: ${loads.map((l) => l.toFixed(1)).join(', ')}.\n\n${sections.join('\n')}<!-- site-bench:end -->`;
if (!options['no-write']) {
  const doc = path.join(root, 'docs/benchmarks.md');
  const text = fs.readFileSync(doc, 'utf8');
  const next = /<!-- site-bench:start -->[\s\S]*<!-- site-bench:end -->/.test(text)
    ? text.replace(/<!-- site-bench:start -->[\s\S]*<!-- site-bench:end -->/, report)
    : `${text.trimEnd()}\n\n## Site build against bare Next.js\n\n${report}\n`;
  fs.writeFileSync(doc, next);
  console.log(`\nWrote the results into docs/benchmarks.md.`);
}
