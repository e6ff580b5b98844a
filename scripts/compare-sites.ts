/**
 * `npx tsx scripts/compare-sites.ts <old out/> <new out/>`: says whether two builds of the site
 * carry the same content, for refactors that must not change what readers see. It compares the
 * set of pages and files (hashed assets under /_next/ set aside), and on every HTML page the
 * visible text, the links, the element ids and the JSON-LD; other files byte for byte. Markup,
 * class names and script hashes may differ. Exit 1 and a list of differences when they do.
 */
import fs from 'node:fs';
import path from 'node:path';

function files(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    const rel = path.relative(base, full).split(path.sep).join('/');
    if (rel.startsWith('_next/')) continue;
    if (e.isDirectory()) out.push(...files(full, base));
    // The RSC payload files repeat the HTML's content in another form, with hashed chunk names.
    else if (!rel.endsWith('.txt')) out.push(rel);
  }
  return out.sort();
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** What a reader (and a machine) takes from a page. */
function digest(html: string) {
  const body = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ' ');
  const text = decode(body.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  const links = [...body.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => decode(m[1]!));
  const ids = [...body.matchAll(/\bid="([^"]*)"/g)].map((m) => m[1]!).filter((id) => !/^_R_|^«|^:r/.test(id));
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const meta = [...html.matchAll(/<meta\b(?![^>]*http-equiv)[^>]*>/g)].map((m) => m[0]).sort();
  return { title, meta, text, links, ids, jsonLd };
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 60), i + 60)}… ≠ …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

const [oldDir, newDir] = process.argv.slice(2);
if (!oldDir || !newDir) {
  console.error('usage: tsx scripts/compare-sites.ts <old out/> <new out/>');
  process.exit(2);
}
const before = files(oldDir);
const after = files(newDir);
const problems: string[] = [];
for (const f of before) if (!after.includes(f)) problems.push(`only in ${oldDir}: ${f}`);
for (const f of after) if (!before.includes(f)) problems.push(`only in ${newDir}: ${f}`);
for (const f of before.filter((x) => after.includes(x))) {
  const a = fs.readFileSync(path.join(oldDir, f), 'utf8');
  const b = fs.readFileSync(path.join(newDir, f), 'utf8');
  if (!f.endsWith('.html')) {
    if (a !== b && f !== '_headers') problems.push(`${f}: differs (${firstDifference(a, b)})`);
    continue;
  }
  const x = digest(a);
  const y = digest(b);
  for (const key of Object.keys(x) as (keyof typeof x)[]) {
    const p = JSON.stringify(x[key]);
    const q = JSON.stringify(y[key]);
    if (p !== q) problems.push(`${f}: ${key} differs: ${firstDifference(p, q)}`);
  }
}
console.log(
  `${before.length} files before, ${after.length} after; ${problems.length} difference${problems.length === 1 ? '' : 's'}`,
);
for (const p of problems.slice(0, 200)) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
