/**
 * What must hold for any content, however it was made (the fuzz suite's oracle):
 *  1. the validator never throws, and finishes within CASE_BUDGET_MS;
 *  2. it either rejects, every problem at a real path:line:col with a rule, printed on one line,
 *     or accepts;
 *  3. whatever it accepts links into a corpus whose every string is whole Unicode with no
 *     invisible or control character, whose bodies render with React's server renderer into
 *     markup that passes the output-safety checks and that a browser would not rewrite
 *     (e2e/site-audit.ts auditMarkup), and whose search index loads and finds its documents
 *     (lib/search/verify.ts, as the build checks it).
 * A failed check throws an Error whose message names the property.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import { Mdx } from '../../components/mdx';
import { auditMarkup } from '../../e2e/site-audit';
import { type FileCache, memoryCache } from '../../lib/content/cache';
import { formatDiagnostic } from '../../lib/content/diagnostics';
import { type LoadResult, loadContent } from '../../lib/content/load';
import type { BodyNode, Corpus } from '../../lib/model/corpus';
import { buildSearchIndex } from '../../lib/search/build';
import { toSearchDocuments } from '../../lib/search/documents';
import { verifySearchIndex } from '../../lib/search/verify';

/**
 * Characters no accepted text may hold, judged independently of the validator's own list (so that a
 * gap in that list shows here): Unicode's controls (Cc) and format characters (Cf), except tab and
 * newline, the joiners (spelling in Arabic and Indic scripts), and the visible Arabic and Syriac
 * signs that span the digits after them; and lone surrogates (Cs).
 */
const HIDDEN = /(?![\t\n\u200C\u200D\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}])[\p{Cc}\p{Cf}]/u;
const HALF = /\p{Cs}/u;

/** How long one case may take to validate (the fuzzed files are a few kilobytes; the parse deadline is far above this). */
export const CASE_BUDGET_MS = 3_000;

/** A content tree in a temporary folder, changed file by file and put back after each case. */
export class Tree {
  readonly dir: string;
  readonly cache: FileCache | undefined;
  private undo = new Map<string, string | null>();

  constructor(base: string, { cached = false } = {}) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-fuzz-'));
    fs.cpSync(base, this.dir, { recursive: true });
    // Unchanged files are not checked again: a case over the real content costs one file and the rules across files.
    this.cache = cached ? memoryCache() : undefined;
  }

  read(rel: string): string {
    return fs.readFileSync(path.join(this.dir, rel), 'utf8');
  }

  files(): string[] {
    return fs
      .readdirSync(this.dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .sort();
  }

  write(rel: string, text: string): void {
    const full = path.join(this.dir, rel);
    if (!this.undo.has(rel)) this.undo.set(rel, fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : null);
    fs.writeFileSync(full, text);
  }

  restore(): void {
    for (const [rel, text] of this.undo) {
      if (text === null) fs.rmSync(path.join(this.dir, rel), { force: true });
      else fs.writeFileSync(path.join(this.dir, rel), text);
    }
    this.undo.clear();
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface Outcome {
  accepted: boolean;
  ms: number;
  /** The rules of the errors, when rejected. */
  rules: string[];
}

class PropertyFailure extends Error {}
const fail = (property: string, detail: string): never => {
  throw new PropertyFailure(`${property}: ${detail}`);
};

/** Every string in the corpus, found without recursion. */
function* stringsOf(root: unknown): Generator<[string, string]> {
  const stack: [unknown, string][] = [[root, '$']];
  while (stack.length) {
    const [value, where] = stack.pop()!;
    if (typeof value === 'string') yield [value, where];
    else if (Array.isArray(value)) value.forEach((v, i) => stack.push([v, `${where}[${i}]`]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push([v, `${where}.${k}`]);
  }
}

/** The documents of the corpus made from the changed files. */
function changedDocuments(corpus: Corpus, changed: readonly string[]): { file: string; tree: BodyNode }[] {
  const files = new Set(changed.map((rel) => `content/${rel}`));
  return [...corpus.claims, ...corpus.entities, ...corpus.sources, ...corpus.reports].filter((d) => files.has(d.file));
}

export async function check(tree: Tree, changed: readonly string[]): Promise<Outcome> {
  let result: LoadResult;
  const started = performance.now();
  try {
    result = loadContent(tree.dir, { today: '2026-11-25', ...(tree.cache ? { cache: tree.cache } : {}) });
  } catch (e) {
    return fail('the validator threw', (e as Error).stack ?? String(e));
  }
  const ms = performance.now() - started;
  if (ms > CASE_BUDGET_MS) fail('over the time budget', `${Math.round(ms)} ms > ${CASE_BUDGET_MS} ms`);

  for (const d of result.diagnostics) {
    const line = formatDiagnostic(d);
    if (
      !d.file.startsWith('content/') ||
      !Number.isInteger(d.line) ||
      !Number.isInteger(d.col) ||
      d.line < 1 ||
      d.col < 1
    )
      fail('a diagnostic without path:line:col', line);
    if (!/^[a-z]+\/[a-z-]+$/.test(d.rule) || !d.message) fail('a diagnostic without a rule or message', line);
    // eslint-disable-next-line no-control-regex -- a printed diagnostic must hold none
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(line) || HALF.test(line))
      fail('a diagnostic that prints more than one plain line', JSON.stringify(line));
    const disk = path.join(tree.dir, d.file.slice('content/'.length));
    if (
      fs.existsSync(disk) &&
      fs.statSync(disk).isFile() &&
      d.line > fs.readFileSync(disk, 'utf8').split(/\r\n?|\n/).length + 1
    )
      fail('a diagnostic past the end of its file', line);
    if (d.rule === 'mdx/too-slow') fail('a small file reached the parse deadline', line);
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.corpus) {
    if (!errors.length) fail('rejected without an error', 'no corpus and no error');
    return { accepted: false, ms, rules: [...new Set(errors.map((d) => d.rule))] };
  }
  if (errors.length) fail('accepted with an error', formatDiagnostic(errors[0]!));

  const corpus = result.corpus;
  for (const [s, where] of stringsOf(corpus)) {
    if (HALF.test(s))
      fail('accepted text holds half a character (a lone surrogate)', `${where}: ${JSON.stringify(s.slice(0, 80))}`);
    const bad = HIDDEN.exec(s);
    if (bad)
      fail(
        'accepted text holds an invisible or control character',
        `${where}: U+${bad[0].codePointAt(0)!.toString(16).toUpperCase()} in ${JSON.stringify(s.slice(0, 80))}`,
      );
  }

  for (const doc of changedDocuments(corpus, changed)) {
    let html: string;
    try {
      const { prelude } = await prerender(createElement(Mdx, { tree: doc.tree }));
      html = await new Response(prelude).text();
    } catch (e) {
      return fail('an accepted body does not render', `${doc.file}: ${(e as Error).message}`);
    }
    const { problems } = auditMarkup(doc.file, html, 'http://127.0.0.1');
    if (problems.length) fail('an accepted body renders unsafe or broken markup', problems.join('; '));
  }

  try {
    verifySearchIndex(buildSearchIndex(toSearchDocuments(corpus)));
  } catch (e) {
    fail('search does not work with the accepted content', (e as Error).message);
  }
  return { accepted: true, ms, rules: [] };
}
