/**
 * Where the matched words are in a text, as [start, end) ranges over the original string. The
 * UI turns these into text and <mark> nodes; nothing here produces HTML.
 */
import { type Token, tokenize } from './normalize';

export type Range = [number, number];

export interface HighlightedText {
  text: string;
  /** Sorted, non-overlapping [start, end) ranges to mark. */
  ranges: Range[];
}

export interface Snippet extends HighlightedText {
  /** Text was cut before / after the window. */
  before: boolean;
  after: boolean;
}

/** Ranges of the tokens of `text` whose term is in `terms` (a hyphenated chunk is marked whole when its joined form matched). */
export function matchRanges(text: string, terms: ReadonlySet<string>, maxChunks = 5_000): Range[] {
  if (terms.size === 0 || text.length === 0) return [];
  const ranges: Range[] = [];
  for (const t of tokenize(text, { keepAll: true, maxChunks })) {
    if (terms.has(t.term)) ranges.push([t.start, t.end]);
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [[sorted[0]![0], sorted[0]![1]]];
  for (let i = 1; i < sorted.length; i++) {
    const r = sorted[i]!;
    const last = out[out.length - 1]!;
    if (r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * A window of about `size` characters around the first match in `text` (or around the first
 * exact phrase, when phrases are given), cut at word boundaries, with the matches inside it.
 * Without a match: the beginning of the text. With `requirePhrase`: undefined unless a phrase is there.
 */
export function makeSnippet(
  text: string,
  terms: ReadonlySet<string>,
  size = 180,
  phrases: readonly (readonly string[])[] = [],
  requirePhrase = false,
): Snippet | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length === 0) return undefined;
  // Without phrases, stop reading once the window after the first match is covered.
  let scanned = 0;
  let firstAt = -1;
  const stopAt =
    phrases.length > 0
      ? undefined
      : (chunkStart: number, so: readonly Token[]) => {
          for (; firstAt < 0 && scanned < so.length; scanned++)
            if (terms.has(so[scanned]!.term)) firstAt = so[scanned]!.start;
          return firstAt >= 0 && chunkStart > Math.max(firstAt, size) + size;
        };
  const tokens = tokenize(clean, { keepAll: true, maxChunks: 20_000, ...(stopAt ? { stopAt } : {}) });
  const ranges: Range[] = [];
  for (const t of tokens) if (terms.has(t.term)) ranges.push([t.start, t.end]);
  const merged = mergeRanges(ranges);
  const anchor =
    phrases.length > 0
      ? phraseIn(
          tokens.filter((t) => !t.compound),
          phrases,
        )
      : undefined;
  if (requirePhrase && !anchor) return undefined;
  const first = anchor ?? merged[0];
  let start = 0;
  if (first && first[1] > size * 0.8) {
    start = Math.max(0, first[0] - Math.floor(size / 3));
    const space = clean.lastIndexOf(' ', start);
    start = space >= 0 && start - space < 30 ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + size);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + size / 2) end = space;
  }
  const inside: Range[] = [];
  for (const [a, b] of merged) {
    if (a >= start && b <= end) inside.push([a - start, b - start]);
  }
  return { text: clean.slice(start, end), ranges: inside, before: start > 0, after: end < clean.length };
}

function phraseIn(tokens: readonly Token[], phrases: readonly (readonly string[])[]): Range | undefined {
  let best: Range | undefined;
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
      for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.term !== phrase[k]) continue outer;
      const r: Range = [tokens[i]!.start, tokens[i + phrase.length - 1]!.end];
      if (!best || r[0] < best[0]) best = r;
      break;
    }
  }
  return best;
}

/** Splits a highlighted text into plain and marked pieces (what the UI renders). */
export function splitHighlighted(h: HighlightedText): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let pos = 0;
  for (const [a, b] of h.ranges) {
    if (a < pos || b > h.text.length || a >= b) continue;
    if (a > pos) out.push({ text: h.text.slice(pos, a), mark: false });
    out.push({ text: h.text.slice(a, b), mark: true });
    pos = b;
  }
  if (pos < h.text.length) out.push({ text: h.text.slice(pos), mark: false });
  return out;
}
