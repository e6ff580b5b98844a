/**
 * Typo tolerance over the vocabulary, not over the documents. A bigram filter picks the few
 * hundred terms that could be within a couple of edits of the query word, and fuse.js scores
 * those with its Bitap matcher. Cost depends on the vocabulary's shape, not on the number of
 * documents, and fuse.js never sees a long text (where its location defaults miss matches).
 */
import Fuse from 'fuse.js/basic';
import { NAME_KEY_PREFIX } from './codec';

export interface FuzzyMatch {
  term: number;
  /** 0 is a perfect match; accepted matches stay below the threshold. */
  score: number;
}

export interface FuzzyOptions {
  /** Highest accepted score (fuse.js score plus a length-difference penalty). */
  threshold?: number;
  /** Most matches returned. */
  limit?: number;
  /** Edits allowed (default: by word length, see maxEdits). */
  maxEdits?: number;
}

/** Edits tolerated for a word of this length. */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

const MAX_CANDIDATES = 200;

export class FuzzyVocabulary {
  private readonly grams = new Map<string, number[]>();
  private counts: Uint16Array;

  constructor(
    private readonly terms: readonly string[],
    private readonly df: Int32Array,
  ) {
    this.counts = new Uint16Array(terms.length);
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      if (term.length < 3 || term.startsWith(NAME_KEY_PREFIX)) continue;
      for (const g of bigrams(term)) {
        let list = this.grams.get(g);
        if (!list) this.grams.set(g, (list = []));
        list.push(t);
      }
    }
  }

  /** Vocabulary terms close to `word` (a normalised term), best first, the word itself excluded. */
  search(word: string, options: FuzzyOptions = {}): FuzzyMatch[] {
    const edits = options.maxEdits ?? maxEdits(word.length);
    if (edits === 0 || word.length > 40) return [];
    const threshold = options.threshold ?? 0.34;
    const limit = options.limit ?? 3;
    const grams = bigrams(word);
    const need = Math.max(1, grams.length - 2 * edits);
    const counts = this.counts;
    const touched: number[] = [];
    for (const g of grams) {
      const list = this.grams.get(g);
      if (!list) continue;
      for (const t of list) {
        const len = this.terms[t]!.length;
        if (len < word.length - edits || len > word.length + edits) continue;
        if (counts[t] === 0) touched.push(t);
        counts[t]! += 1;
      }
    }
    let candidates: number[] = [];
    for (const t of touched) {
      if (counts[t]! >= need && this.terms[t] !== word) candidates.push(t);
    }
    if (candidates.length > MAX_CANDIDATES) {
      candidates.sort((a, b) => counts[b]! - counts[a]! || this.df[b]! - this.df[a]!);
      candidates = candidates.slice(0, MAX_CANDIDATES);
    }
    for (const t of touched) counts[t] = 0;
    if (candidates.length === 0) return [];

    const fuse = new Fuse(
      candidates.map((t) => this.terms[t]!),
      {
        includeScore: true,
        ignoreLocation: true,
        isCaseSensitive: true,
        threshold: Math.min(0.6, threshold + 0.1),
        shouldSort: false,
      },
    );
    const out: FuzzyMatch[] = [];
    for (const r of fuse.search(word)) {
      const t = candidates[r.refIndex]!;
      const term = this.terms[t]!;
      // fuse.js finds the word anywhere inside a term (`kandhr` inside `sekandar`); the edit
      // distance of the whole words decides, fuse.js's score breaks ties.
      const distance = editDistance(word, term, edits + 1);
      if (distance > edits) continue;
      const score = distance / Math.max(word.length, term.length) + 0.2 * (r.score ?? 1);
      if (score <= threshold) out.push({ term: t, score });
    }
    out.sort((a, b) => a.score - b.score || this.df[b.term]! - this.df[a.term]!);
    return out.slice(0, limit);
  }
}

function bigrams(term: string): string[] {
  const s = `^${term}$`;
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2));
  return [...out];
}

/** Optimal-string-alignment distance (a transposition counts as one edit), stopping early above `cap`. */
export function editDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) > cap) return cap;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
