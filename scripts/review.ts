/**
 * `npm run review -- <git ref> [content folder]`: what the working tree's content changes in the
 * knowledge base since `<ref>` (e.g. `origin/main`): claims re-assessed, evidence added or removed,
 * new sources with their reliability, warnings introduced. Under GitHub Actions the same report,
 * as Markdown, is added to the job summary ($GITHUB_STEP_SUMMARY), so a reviewer reads it before
 * the diff. Exit 1 when the content at the working tree has errors (as `npm run validate`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { loadContent } from '../lib/content/load';
import { formatReview, headline, reviewChange } from '../lib/content/review';

const [ref, dirArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!ref) {
  console.error('usage: npm run review -- <git ref> [content folder]   e.g. npm run review -- origin/main');
  process.exit(2);
}
const contentDir = path.resolve(dirArg ?? process.env.CORROBORATE_CONTENT_DIR ?? 'content');
const git = (args: string[], input?: string) =>
  execFileSync('git', args, { cwd: contentDir, input, maxBuffer: 1 << 30 });

/** Writes the content folder as it was at `ref` into a temporary folder (from git's objects; nothing is checked out). */
function contentAt(target: string): string {
  const top = git(['rev-parse', '--show-toplevel']).toString('utf8').trim();
  const prefix = path.relative(top, contentDir).split(path.sep).join('/');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-review-'));
  const listing = git(['ls-tree', '-r', '-z', '--full-tree', target, '--', prefix])
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  const blobs = listing.flatMap((line) => {
    const match = /^(\d+) blob ([0-9a-f]{40,64})\t(.+)$/s.exec(line);
    // Only regular files: a symbolic link in the tree at `ref` is left out, as the loader would refuse it.
    return match && match[1] !== '120000' ? [{ sha: match[2]!, path: match[3]! }] : [];
  });
  if (!blobs.length) return out;
  const data = git(['cat-file', '--batch'], `${blobs.map((b) => b.sha).join('\n')}\n`);
  let pos = 0;
  for (const blob of blobs) {
    const newline = data.indexOf(10, pos);
    const size = Number(/ (\d+)$/.exec(data.toString('utf8', pos, newline))?.[1] ?? 0);
    const rel = path.posix.relative(prefix, blob.path);
    const file = path.join(out, ...rel.split('/'));
    if (!file.startsWith(out + path.sep)) throw new Error(`refusing the path ${blob.path}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data.subarray(newline + 1, newline + 1 + size));
    pos = newline + 1 + size + 1;
  }
  return out;
}

let baseDir: string;
try {
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  baseDir = contentAt(ref);
} catch (e) {
  console.error(`✗ cannot read ${ref} from git: ${(e as Error).message.split('\n')[0]}`);
  process.exit(2);
}
const displayRoot = path.relative(process.cwd(), contentDir).split(path.sep).join('/') || '.';
// The base may have been written under older rules: compare it as long as its files and references hold.
const before = loadContent(baseDir, { displayRoot, lenient: true });
const after = loadContent(contentDir, { displayRoot });
fs.rmSync(baseDir, { recursive: true, force: true });

if (!after.corpus) {
  const errors = after.diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors) console.error(formatDiagnostic(d));
  console.error(`\n✗ the content has ${errors.length} error(s): fix them first (npm run validate).`);
  process.exit(1);
}
if (!before.corpus) {
  console.log(`${ref} has content errors of its own; comparing against an empty knowledge base.`);
}
const empty = {
  claims: [],
  sources: [],
  entities: [],
  reports: [],
  profile: after.corpus.profile,
  pages: after.corpus.pages,
  comparisons: [],
  dueForReview: [],
  build: after.corpus.build,
};
const review = reviewChange(before.corpus ?? empty, after.corpus, before.diagnostics, after.diagnostics);
console.log(formatReview(review, ref, 'text'));
const summary = process.env.GITHUB_STEP_SUMMARY;
if (summary) {
  fs.appendFileSync(summary, `${formatReview(review, ref, 'markdown')}\n`);
  console.log(`(added to the job summary: ${headline(review)})`);
}
