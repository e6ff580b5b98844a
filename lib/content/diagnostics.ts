/**
 * Problems found in content. Every one names the file, the line and column, the field and
 * the fix, so a contributor can act on it without reading code.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path relative to the repository root, e.g. `content/claims/x.mdx`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  /** The front-matter path (`evidence[2].source`), or `body` for the MDX text, or `file`. */
  field: string;
  message: string;
  /** A stable rule id, e.g. `schema/unknown-key`, `ref/source`, `mdx/expression`. */
  rule: string;
  severity: Severity;
}

/**
 * Everything a terminal or a CI log would act on rather than show: line breaks and every other C0
 * control, DEL, the C1 controls (U+0085 NEL, U+009B CSI…), the line and paragraph separators, the
 * bidi embeddings, overrides and isolates (and the implicit marks LRM, RLM, ALM), and lone
 * surrogates. With `u`, the last range matches only a surrogate that is not half of a pair.
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Contributor text made safe to print inside one line of output: each character above becomes a
 * visible escape (`\n`, `\x1B`, `\u202E`), so text from content can never start a line of its
 * own (a forged `::error` workflow command under GitHub Actions), move the cursor, clear the
 * screen or reorder what a maintainer reads. Everything else, including non-Latin scripts, is kept.
 */
export function printable(text: string): string {
  return String(text).replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return SHORT_ESCAPES[c] ?? (code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`);
  });
}

/** Line and column as plain numbers, whatever a caller passed. */
const position = (d: Diagnostic) => `${Number(d.line)}:${Number(d.col)}`;

/**
 * `path:line:col  field  message  (rule)` on one line. Every part may hold contributor text (a file
 * name, a front-matter key, a quoted value), so every part goes through `printable`.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning  ' : '';
  return `${printable(d.file)}:${position(d)}  ${printable(d.field)}  ${tag}${printable(d.message)}  (${printable(d.rule)})`;
}

/**
 * GitHub Actions workflow command, so the problem shows on the pull request's line. Line breaks
 * use GitHub's own escapes (%0D, %0A, shown as a new line inside the annotation); every other
 * unprintable character is escaped as in `formatDiagnostic`.
 */
export function formatGitHubAnnotation(d: Diagnostic): string {
  const esc = (s: string) => printable(String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const kind = d.severity === 'warning' ? 'warning' : 'error';
  return `::${kind} file=${prop(d.file)},line=${Number(d.line)},col=${Number(d.col)},title=${prop(`${d.rule} ${d.field}`)}::${esc(d.message)}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule));
}

/** Thrown when content is invalid: carries every problem, never just the first. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** A candidate prepared once: its lower-case form and its hyphenated words. */
interface Prepared {
  id: string;
  lower: string;
  words: string[];
}
const prepare = (c: string): Prepared => ({ id: c, lower: c.toLowerCase(), words: [...new Set(c.toLowerCase().split('-'))] });

/** Nobody mistypes a value this long: no suggestion, and no quadratic edit distance on it. */
const MAX_SUGGESTIBLE = 100;

function closest(value: string, candidates: readonly Prepared[], max: number): string[] {
  if (value.length > MAX_SUGGESTIBLE) return [];
  const limit = Math.max(2, Math.floor(value.length / 3));
  const lower = value.toLowerCase();
  // Ids are hyphenated words: "group-must-stop" should still find "group-must-be-stopped".
  const a = lower.split('-').filter(Boolean);
  // The best `max` so far, best first: sorting every close candidate would cost more than finding them.
  const best: [string, number][] = [];
  const better = (x: [string, number], y: [string, number]) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
  for (const { id: c, lower: cl, words: b } of candidates) {
    const contains = c.includes(value) || value.includes(c);
    let shared = 0;
    if (a.length >= 2) for (const w of a) if (b.some((x) => x === w || x.startsWith(w) || w.startsWith(x))) shared++;
    const overlap = a.length >= 2 && shared / Math.max(a.length, b.length) >= 0.6;
    // The length difference is a lower bound of the distance: skip the distance when it alone is too far.
    const d = Math.abs(cl.length - lower.length) > limit && !overlap && !contains ? Infinity : editDistance(lower, cl);
    if (!(d <= limit || overlap || (contains && Math.min(c.length, value.length) >= 4))) continue;
    const scored: [string, number] = [c, contains ? Math.min(d, 1) : d];
    if (best.length === max && better(scored, best[max - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && better(scored, best[at - 1]!) < 0) at--;
    best.splice(at, 0, scored);
    if (best.length > max) best.pop();
  }
  return best.map(([c]) => c);
}

/** The closest candidates to `value`, best first, if any is close enough to be a likely typo. */
export function didYouMean(value: string, candidates: Iterable<string>, max = 3): string[] {
  return closest(value, [...candidates].map(prepare), max);
}

export function suggestion(value: string, candidates: Iterable<string>): string {
  const close = didYouMean(value, candidates);
  return close.length ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '';
}

/**
 * How many value–candidate comparisons one suggester may make in all. A suggestion compares the
 * value with every candidate, so without a bound 8,000 missing ids among 8,000 files cost 64
 * million comparisons (seven seconds and more). With it, the work is bounded whatever
 * the content: among a few hundred files the first hundred distinct misses get their suggestion; among thousands, the first
 * few do, and the rest are reported without one (a miss repeated is answered again for free).
 */
export const MAX_COMPARISONS = 25_000;

/**
 * "Did you mean" against one large list of ids, for many misses: the list is prepared once, each
 * distinct value is answered once, and the comparisons are bounded (MAX_COMPARISONS).
 */
export function createSuggester(candidates: Iterable<string>): (value: string) => string {
  let prepared: Prepared[] | undefined;
  let spent = 0;
  const answers = new Map<string, string>();
  return (value) => {
    const known = answers.get(value);
    if (known !== undefined) return known;
    prepared ??= [...candidates].map(prepare);
    if (spent + prepared.length > MAX_COMPARISONS) return '';
    spent += prepared.length;
    const close = closest(value, prepared, 3);
    const answer = close.length ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '';
    answers.set(value, answer);
    return answer;
  };
}
