/**
 * The serialised search index: what `/search-index.json` and `/search/text/<n>.json` contain,
 * and the small codec they are written in. Numbers are base-32 varints in a JSON-safe alphabet
 * (no escaping), postings are delta-encoded, the term dictionary is front-coded.
 */

export const INDEX_VERSION = 1;

/** Where the index and the text shards are served (site-relative). */
export const INDEX_URL = '/search-index.json';
export const TEXT_SHARD_BASE = '/search/text/';
/** The text shard holding document `doc`, given each shard's first document number (binary search). */
export function shardOfDoc(shardStarts: readonly number[], doc: number): number {
  let lo = 0;
  let hi = shardStarts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (shardStarts[mid]! <= doc) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The search Web Worker, bundled by the build (lib/emit/search-worker.ts); versioned with the index it reads. */
export const SEARCH_WORKER_URL = `/search/worker-v${INDEX_VERSION}.js`;

export const textShardUrl = (shard: number, base = TEXT_SHARD_BASE) => `${base}${shard}.json`;

/** Field numbers, highest weight first. */
export const FIELD = { title: 0, alias: 1, meta: 2, body: 3 } as const;
export const FIELD_COUNT = 4;

/** Prefix of whole-name keys in the alias field (`=daeshkhorasan`); the tokenizer never emits it. */
export const NAME_KEY_PREFIX = '=';

export interface SearchIndexData {
  v: typeof INDEX_VERSION;
  /** Number of documents. */
  n: number;
  /** One type code per document. */
  types: string;
  ids: string[];
  titles: string[];
  /** Per document: index into `kinds` + 1, or 0 (varints). */
  kind: string;
  kinds: string[];
  /** Per document: index into `assessments` + 1, or 0 (varints). */
  assess: string;
  assessments: string[];
  /** hrefs that differ from `hrefOf(type, id)`, by document number. */
  hrefs: Record<string, string>;
  /** Display aliases of entities (and document symbols of sources), by document number. */
  aliases: Record<string, string[]>;
  /** Per document, four varints: token counts of title, alias, meta and body. */
  lens: string;
  /** Per document: count, then delta-encoded document numbers of the entities it lists. */
  refs: string;
  /** Sorted vocabulary, front-coded: each entry is one alphabet character (shared prefix length) + suffix, joined by spaces. */
  dict: string;
  /** Per term, in dictionary order: df, then df postings (gap*2 + flag, and the field code when flag is 1). */
  post: string;
  /** Document numbers of superseded and withdrawn claims, ranked after all others (absent when none). */
  retired?: number[];
  /** First document number of each text shard, then `n`. */
  shards: number[];
  /**
   * Terms that are names, never stemmed (plain English-letter terms the content only ever writes
   * capitalised: Kabul, ISIS, Hamas): ascending term numbers, delta-encoded varints. Missing in
   * indexes written before word forms were matched: then no term counts as a name.
   */
  stemNames?: string;
}

/** One text shard: the long text of documents `start … start + docs.length - 1`, as [meta, body]. */
export interface TextShardData {
  v: typeof INDEX_VERSION;
  start: number;
  docs: [string, string][];
}

// Field code of one posting: term frequency per field, capped (body 0–15, others 0–3).
export function packCode(tf: readonly number[]): number {
  const cap = (v: number | undefined, max: number) => Math.min(v ?? 0, max);
  return cap(tf[3], 15) | (cap(tf[2], 3) << 4) | (cap(tf[1], 3) << 6) | (cap(tf[0], 3) << 8);
}
/** The bits of a field code that hold the title and alias counts: set when a term is in a name. */
export const NAME_FIELDS = 0x3c0;
/** Bit f set if the posting has the term in field f. */
export const codeFields = (code: number): number =>
  (code & 0x300 ? 1 : 0) | (code & 0xc0 ? 2 : 0) | (code & 0x30 ? 4 : 0) | (code & 0xf ? 8 : 0);

export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Appends the varint of a non-negative integer to `out`. */
export function writeVarint(out: string[], value: number): void {
  let v = value;
  while (v >= 32) {
    out.push(ALPHABET[32 + (v & 31)]!);
    v = Math.floor(v / 32);
  }
  out.push(ALPHABET[v]!);
}

/** Reads varints from a string, front to back. */
export class VarintReader {
  pos = 0;
  constructor(readonly s: string) {}
  get done(): boolean {
    return this.pos >= this.s.length;
  }
  next(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const d = DECODE[this.s.charCodeAt(this.pos++)] ?? -1;
      if (d < 0) throw new Error('corrupt search index');
      if (d < 32) return value + d * scale;
      value += (d - 32) * scale;
      scale *= 32;
    }
  }
}

/** What joins the entries of the front-coded dictionary. A term can never contain it (see `assertDictionaryTerm`). */
export const DICT_SEPARATOR = ' ';

// A dictionary term: letters and digits, optionally after the whole-name prefix. Anything else
// (a space above all: the separator) would shift every term after it and corrupt the index.
const DICT_TERM_RE = /^=?[\p{L}\p{N}]+$/u;

/** Throws unless `term` can be stored in the dictionary (non-empty letters and digits; never the separator). */
export function assertDictionaryTerm(term: string): void {
  if (!DICT_TERM_RE.test(term)) {
    throw new Error(
      `search index: refusing the term ${JSON.stringify(term)} (terms are letters and digits only; the dictionary is separated by ${JSON.stringify(DICT_SEPARATOR)})`,
    );
  }
}

export function encodeDictionary(sortedTerms: readonly string[]): string {
  const parts: string[] = [];
  let prev = '';
  for (const term of sortedTerms) {
    assertDictionaryTerm(term);
    let shared = 0;
    const max = Math.min(prev.length, term.length, ALPHABET.length - 1);
    while (shared < max && prev.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
    parts.push(ALPHABET[shared]! + term.slice(shared));
    prev = term;
  }
  return parts.join(DICT_SEPARATOR);
}

/** Decodes the dictionary; throws "corrupt search index" on an entry that could not have been written by `encodeDictionary`. */
export function decodeDictionary(dict: string): string[] {
  if (dict.length === 0) return [];
  const out: string[] = [];
  let prev = '';
  for (const entry of dict.split(DICT_SEPARATOR)) {
    const shared = DECODE[entry.charCodeAt(0)] ?? -1;
    if (shared < 0 || shared > prev.length) throw new Error(`corrupt search index: dictionary entry ${out.length}`);
    prev = prev.slice(0, shared) + entry.slice(1);
    if (prev.length === 0) throw new Error(`corrupt search index: dictionary entry ${out.length} is empty`);
    out.push(prev);
  }
  return out;
}
