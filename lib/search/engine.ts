/**
 * The query side of search: loads a serialised index and answers queries. Pure and synchronous,
 * so it runs the same in a Web Worker, on the main thread, in unit tests and in the benchmark.
 *
 * Ranking is BM25 per field (title and aliases ≫ statement/summary ≫ body), summed over the
 * query's words; documents that match more of the words always come first. A word that is an
 * entity's name or alias also counts for every record that lists the entity, and a query that is
 * exactly a name or alias puts that record on top.
 */
import type { Assessment } from '@/lib/model/scales';
import { type CollectionType, collectionOfSearchCode, hrefOf } from '@/lib/model/collections';
import {
  codeFields,
  decodeDictionary,
  FIELD_COUNT,
  INDEX_VERSION,
  NAME_FIELDS,
  NAME_KEY_PREFIX,
  type SearchIndexData,
  shardOfDoc,
  VarintReader,
} from './codec';
import { FuzzyVocabulary, maxEdits } from './fuzzy';
import { type HighlightedText, makeSnippet, matchRanges, type Snippet } from './highlight';
import { normalizeWord, phraseTerms, tokenize } from './normalize';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './query';
import { derivationRoot, derivedFrom, formsPrefix, irregularForms, isStemmable, roleSynonyms, stemOf } from './stem';

/** The long text of one document (from a text shard). */
export interface DocText {
  meta: string;
  body: string;
}

/** Gives the long text of documents whose shard is loaded; undefined otherwise. */
export interface TextSource {
  get(doc: number): DocText | undefined;
}

export interface SearchOptions {
  /** Results returned (default 20, at most 100). */
  limit?: number;
  offset?: number;
  /** Only these collections (all if empty or missing). */
  types?: readonly CollectionType[];
  /** Only claims with these assessments (all if empty or missing). */
  assessments?: readonly string[];
}

export interface SearchHit {
  doc: number;
  type: CollectionType;
  id: string;
  href: string;
  title: HighlightedText;
  assessment?: Assessment;
  kind?: string;
  /** The alias that matched, when the title did not. */
  alias?: HighlightedText;
  /** Text around the first match; missing while the text shard is not loaded. */
  snippet?: Snippet;
  /** The query words this record does not contain (as typed), when it matches only some of them. */
  missing?: string[];
  score: number;
  /** A superseded or withdrawn claim (ranked last). */
  retired?: boolean;
}

export interface SearchResponse {
  /** The query as searched (cut to MAX_QUERY_LENGTH). */
  query: string;
  truncated: boolean;
  /** Matching documents after the type and assessment filters: those with all the words, then those with some. */
  total: number;
  /** Of `total`, the documents that contain every word searched (they come first). */
  fullTotal: number;
  /** The words searched, as typed (after dropping stopwords and question words). */
  searched: string[];
  /** Words typed but not searched (stopwords and question words). */
  ignored: string[];
  /** Matching documents per collection and per claim assessment, before the filters. */
  counts: Record<CollectionType, number>;
  assessmentCounts: Record<string, number>;
  hits: SearchHit[];
  /** Words that had no match and were read as a near spelling. */
  corrections: { from: string; to: string }[];
  /** "Did you mean": the query with its misspelt words replaced. */
  suggestion?: string;
  /** When nothing matched: entities with names or aliases closest to the query (`alias`: the close alias, when not the name). */
  closestEntities: { id: string; href: string; title: string; alias?: string }[];
  /** When nothing matched: words in the index closest to each word of the query that matched nothing (`from` as typed, `to` as written in the index). */
  nearTerms: { from: string; to: string }[];
  /** Documents whose text is needed for snippets or an exact-phrase check but is not loaded. */
  missingText: number[];
}

const BOOST = [10, 9, 3, 1] as const;
const BM25_B = [0.5, 0.2, 0.6, 0.75] as const;
const K1 = 1.2;
/** Weight of a word matching an entity's name or alias, for a record that lists that entity. */
const REF_BOOST = 2.5;
/** Added when the whole query is exactly a name or alias of the record. */
const NAME_BONUS = 60;
const PREFIX_LIMIT = 40;
const SHORT_PREFIX_LIMIT = 12;
const FUZZY_LIMIT = 3;
/** Candidates checked for an exact phrase before giving up (the rest count as unverified). */
const PHRASE_CHECK_LIMIT = 1_000;
/** Long texts kept normalised for phrase checks. */
const NORMALIZED_CACHE = 3_000;
const MAX_LIMIT = 100;

interface Expansion {
  term: number;
  weight: number;
  /** IDF to use instead of the term's own: the word family's, so a rare form is not worth more than the word. */
  idf?: number;
  /** A near spelling of a word not in the index: perhaps a typo, perhaps a word the content never uses. */
  guess?: true;
}

/** Weight of another inflection of the query word (bombed → bombing), and of a derived word (lead → leader). */
const INFLECTION_WEIGHT = 0.9;
const DERIVATION_WEIGHT = 0.5;
/** Score factor for a partial match that is an entity of the kind a question asks for (who → person, where → place). */
const QUESTION_BOOST = 1.5;
/** Dictionary entries examined for the forms of one word. */
const FORMS_SCAN_LIMIT = 400;
/**
 * Partial matches rank by coordination first (the share of the query's weight they match, each
 * word weighing its IDF), in COORD_LEVELS steps, then by score. Full matches rank above them all:
 * FULL, and FULL_ASKED for an entity of the kind a question asks for.
 */
const COORD_LEVELS = 10;
/** A partial match must have at least this share of the query's weight (a record with only its most common word is not a result). */
const MIN_COORD = 0.3;
const FULL = COORD_LEVELS + 1;
const FULL_ASKED = COORD_LEVELS + 2;

const EMPTY_COUNTS = (): Record<CollectionType, number> => ({ claim: 0, source: 0, entity: 0, report: 0 });

export class SearchEngine {
  readonly n: number;
  readonly types: CollectionType[];
  readonly ids: string[];
  readonly titles: string[];
  readonly aliases: Map<number, string[]>;
  /** First document number of each text shard, then n. */
  readonly shardStarts: number[];
  private readonly hrefs: Record<string, string>;
  private readonly kindOf: Int32Array;
  private readonly kinds: string[];
  private readonly assessOf: Int32Array;
  /** 1 for a superseded or withdrawn claim: ranked after every current record. */
  private readonly retired: Uint8Array;
  private readonly assessments: string[];
  private readonly terms: string[];
  private readonly df: Int32Array;
  private readonly idf: Float64Array;
  private readonly postStart: Int32Array;
  private readonly postDoc: Int32Array;
  private readonly postCode: Uint16Array;
  /** Per document and field: BM25 length factor k1·(1 − b + b·len/avg). */
  private readonly lenFactor: Float32Array;
  private readonly refStart: Int32Array;
  private readonly refList: Int32Array;
  private readonly revStart: Int32Array;
  private readonly revList: Int32Array;
  /** 1 for terms that are names (never stemmed). */
  private readonly isName: Uint8Array;
  /** Porter2 stems of vocabulary terms, computed when first needed. */
  private readonly stems: (string | undefined)[] = [];
  private fuzzy: FuzzyVocabulary | undefined;
  private nameTerms: Uint8Array | undefined;
  private displayForms: Map<string, string> | undefined;
  // Scratch space reused by every query (one query at a time).
  private readonly score: Float64Array;
  private readonly mask: Int32Array;
  private readonly unitScore: Float64Array;
  private readonly compoundScore: Float64Array;
  private readonly partHits: Uint8Array;
  private readonly termScore: Float64Array;
  private readonly phraseFields: Uint8Array;
  /** Rank tier of each candidate: its coordination level (0–COORD_LEVELS) if it lacks a word, FULL or FULL_ASKED if it has them all. */
  private readonly fullFlags: Uint8Array;
  private readonly phraseRound: Uint8Array;
  private readonly normalizedCache = new Map<number, string>();

  constructor(data: SearchIndexData) {
    if (data.v !== INDEX_VERSION) throw new Error(`search index version ${String(data.v)} is not supported`);
    const n = data.n;
    this.n = n;
    this.types = Array.from(data.types, (c) => collectionOfSearchCode(c) ?? 'claim');
    this.ids = data.ids;
    this.titles = data.titles;
    this.hrefs = data.hrefs;
    this.aliases = new Map(Object.entries(data.aliases).map(([k, v]) => [Number(k), v]));
    this.shardStarts = data.shards;
    this.kinds = data.kinds;
    this.assessments = data.assessments;
    this.kindOf = readFixed(data.kind, n);
    this.assessOf = readFixed(data.assess, n);
    this.retired = new Uint8Array(n);
    for (const d of data.retired ?? []) if (d >= 0 && d < n) this.retired[d] = 1;

    const lens = readFixed(data.lens, n * FIELD_COUNT);
    const avg = new Array<number>(FIELD_COUNT).fill(0);
    for (let i = 0; i < lens.length; i++) avg[i % FIELD_COUNT]! += lens[i]!;
    for (let f = 0; f < FIELD_COUNT; f++) avg[f] = Math.max(1, avg[f]! / Math.max(1, n));
    this.lenFactor = new Float32Array(n * FIELD_COUNT);
    for (let i = 0; i < lens.length; i++) {
      const f = i % FIELD_COUNT;
      const b = BM25_B[f as 0 | 1 | 2 | 3];
      this.lenFactor[i] = K1 * (1 - b + (b * lens[i]!) / avg[f]!);
    }

    // Refs (document → entities) and their reverse (entity → documents that list it).
    const refs = new VarintReader(data.refs);
    this.refStart = new Int32Array(n + 1);
    const refList: number[] = [];
    const revCount = new Int32Array(n);
    for (let d = 0; d < n; d++) {
      this.refStart[d] = refList.length;
      const count = refs.next();
      let prev = 0;
      for (let k = 0; k < count; k++) {
        prev += refs.next();
        refList.push(prev);
        revCount[prev]! += 1;
      }
    }
    this.refStart[n] = refList.length;
    this.refList = Int32Array.from(refList);
    this.revStart = new Int32Array(n + 1);
    for (let d = 0; d < n; d++) this.revStart[d + 1] = this.revStart[d]! + revCount[d]!;
    this.revList = new Int32Array(refList.length);
    const fill = this.revStart.slice(0, n);
    for (let d = 0; d < n; d++) {
      for (let k = this.refStart[d]!; k < this.refStart[d + 1]!; k++) this.revList[fill[this.refList[k]!]!++] = d;
    }

    this.terms = decodeDictionary(data.dict);
    const T = this.terms.length;
    // Lookups binary-search the dictionary: it must be strictly increasing in code-unit order.
    for (let t = 1; t < T; t++)
      if (!(this.terms[t - 1]! < this.terms[t]!))
        throw new Error(`corrupt search index: dictionary out of order at entry ${t}`);
    this.df = new Int32Array(T);
    this.idf = new Float64Array(T);
    this.postStart = new Int32Array(T + 1);
    const post = new VarintReader(data.post);
    // Two passes over the string would be slower than growing once: postings ≈ string length / 2.
    let docs = new Int32Array(Math.max(16, data.post.length >> 1));
    let codes = new Uint16Array(docs.length);
    let p = 0;
    for (let t = 0; t < T; t++) {
      this.postStart[t] = p;
      const df = post.next();
      this.df[t] = df;
      this.idf[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      if (p + df > docs.length) {
        const bigger = Math.max(docs.length * 2, p + df);
        const d2 = new Int32Array(bigger);
        d2.set(docs);
        docs = d2;
        const c2 = new Uint16Array(bigger);
        c2.set(codes);
        codes = c2;
      }
      let doc = 0;
      for (let k = 0; k < df; k++) {
        const v = post.next();
        doc += Math.floor(v / 2);
        if (doc >= n) throw new Error('corrupt search index: a posting names a document past the end');
        docs[p] = doc;
        codes[p] = v & 1 ? post.next() : 1;
        p++;
      }
    }
    this.isName = new Uint8Array(T);
    if (data.stemNames) {
      const names = new VarintReader(data.stemNames);
      for (let t = 0; !names.done;) {
        t += names.next();
        if (t >= T) throw new Error('corrupt search index: a name past the end of the dictionary');
        this.isName[t] = 1;
      }
    }

    this.postStart[T] = p;
    if (!post.done) throw new Error('corrupt search index: postings do not match the dictionary');
    this.postDoc = docs.subarray(0, p);
    this.postCode = codes.subarray(0, p);

    this.score = new Float64Array(n);
    this.mask = new Int32Array(n);
    this.unitScore = new Float64Array(n);
    this.compoundScore = new Float64Array(n);
    this.partHits = new Uint8Array(n);
    this.termScore = new Float64Array(n);
    this.phraseFields = new Uint8Array(n);
    this.fullFlags = new Uint8Array(n);
    this.phraseRound = new Uint8Array(n);
  }

  get vocabularySize(): number {
    return this.terms.length;
  }

  href(doc: number): string {
    return this.hrefs[doc] ?? hrefOf(this.types[doc]!, this.ids[doc]!);
  }

  assessment(doc: number): Assessment | undefined {
    const a = this.assessOf[doc]!;
    return a > 0 ? (this.assessments[a - 1] as Assessment) : undefined;
  }

  kind(doc: number): string | undefined {
    const k = this.kindOf[doc]!;
    return k > 0 ? this.kinds[k - 1] : undefined;
  }

  /** The text shard that holds a document's long text. */
  shardOf(doc: number): number {
    return shardOfDoc(this.shardStarts, doc);
  }

  /** Number of documents that contain a normalised term (0 if none). */
  documentFrequency(term: string): number {
    const t = this.lookup(term);
    return t < 0 ? 0 : this.df[t]!;
  }

  /** Term number of a normalised term, or −1. */
  lookup(term: string): number {
    let lo = 0;
    let hi = this.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.terms[mid]!;
      if (t === term) return mid;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The first term number not below `prefix` in dictionary order. */
  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private stemAt(t: number): string {
    let s = this.stems[t];
    if (s === undefined) this.stems[t] = s = stemOf(this.terms[t]!);
    return s;
  }

  /**
   * Other forms of a query word in the vocabulary: its inflections (same Porter2 stem) and the
   * words derived from the same root (lead → leader, leadership), each with its weight. Names
   * (a word the content only writes capitalised) and non-English-letter words have none.
   */
  wordForms(term: string): { term: number; weight: number }[] {
    if (!isStemmable(term)) return [];
    const own = this.lookup(term);
    if (own >= 0 && this.isName[own]) return [];
    const stem = stemOf(term);
    const out: { term: number; weight: number }[] = [];
    const seen = new Set<number>([own]);
    const scan = (prefix: string) => {
      const end = Math.min(this.terms.length, this.lowerBound(prefix) + FORMS_SCAN_LIMIT);
      for (let t = this.lowerBound(prefix); t < end && this.terms[t]!.startsWith(prefix); t++) {
        if (seen.has(t) || this.isName[t] || !isStemmable(this.terms[t]!)) continue;
        const other = this.stemAt(t);
        const weight = other === stem ? INFLECTION_WEIGHT : derivedFrom(stem, other) ? DERIVATION_WEIGHT : 0;
        if (weight > 0) {
          seen.add(t);
          out.push({ term: t, weight });
        }
      }
    };
    scan(formsPrefix(stem));
    const root = derivationRoot(stem);
    if (root) scan(formsPrefix(root));
    // Irregular forms (lead → led; leader → led, at the derived weight) are not in the range.
    for (const [base, weight] of [[stem, INFLECTION_WEIGHT], ...(root ? [[root, DERIVATION_WEIGHT]] : [])] as [
      string,
      number,
    ][]) {
      for (const form of irregularForms(base)) {
        const t = this.lookup(form);
        if (t >= 0 && !seen.has(t) && !this.isName[t]) {
          seen.add(t);
          out.push({ term: t, weight });
        }
      }
    }
    // Role words: the word's own, or those of a word derived from it (leads → leader → emir).
    const stems = new Set([stem, ...out.map((f) => this.stemAt(f.term))]);
    for (const s of stems) {
      for (const other of roleSynonyms(s)) {
        const end = Math.min(this.terms.length, this.lowerBound(other) + FORMS_SCAN_LIMIT);
        for (let t = this.lowerBound(other); t < end && this.terms[t]!.startsWith(other); t++) {
          if (!seen.has(t) && !this.isName[t] && this.stemAt(t) === other) {
            seen.add(t);
            out.push({ term: t, weight: DERIVATION_WEIGHT });
          }
        }
      }
    }
    return out;
  }

  /** Terms that start with `prefix` (the prefix itself excluded), most frequent first. */
  private completions(prefix: string, limit: number): number[] {
    const lo = this.lowerBound(prefix);
    const out: number[] = [];
    for (let t = lo; t < this.terms.length && this.terms[t]!.startsWith(prefix); t++) {
      if (this.terms[t] !== prefix) out.push(t);
    }
    if (out.length > limit) out.sort((a, b) => this.df[b]! - this.df[a]!).length = limit;
    return out;
  }

  private fuzzyVocabulary(): FuzzyVocabulary {
    this.fuzzy ??= new FuzzyVocabulary(this.terms, this.df);
    return this.fuzzy;
  }

  /** Builds the typo index now rather than on the first misspelt query. */
  warm(): void {
    this.fuzzyVocabulary();
    this.nameTermFlags();
  }

  /** 1 for terms that occur in an entity's name or aliases: what a reader most often means by a misspelt word. */
  private nameTermFlags(): Uint8Array {
    if (!this.nameTerms) {
      const flags = new Uint8Array(this.terms.length);
      for (let t = 0; t < this.terms.length; t++) {
        for (let p = this.postStart[t]!; p < this.postStart[t + 1]!; p++) {
          if (this.postCode[p]! & NAME_FIELDS && this.types[this.postDoc[p]!] === 'entity') {
            flags[t] = 1;
            break;
          }
        }
      }
      this.nameTerms = flags;
    }
    return this.nameTerms;
  }

  /** Near spellings of a term, best first: names of entities and frequent terms win near-ties. */
  private fuzzyMatches(term: string, threshold: number, limit = 8, edits?: number): { term: number; score: number }[] {
    const names = this.nameTermFlags();
    return this.fuzzyVocabulary()
      .search(term, { threshold, limit: limit * 2, ...(edits !== undefined ? { maxEdits: edits } : {}) })
      .map((m) => ({
        term: m.term,
        score: m.score - (names[m.term] ? 0.08 : 0) - 0.005 * Math.log2(1 + this.df[m.term]!),
      }))
      .sort((a, b) => a.score - b.score || a.term - b.term)
      .slice(0, limit);
  }

  private expand(
    term: string,
    prefix: boolean,
    exact: boolean,
    corrections: { term: string; to: number }[],
  ): Expansion[] {
    const out: Expansion[] = [];
    const t = this.lookup(term);
    if (t >= 0) out.push({ term: t, weight: 1 });
    if (exact) return out;
    // Other forms of the word: one family, worth the IDF of its most frequent member.
    const forms = this.wordForms(term);
    if (forms.length > 0) {
      // The inflections are one word: its IDF counts the documents of every form (their sum bounds
      // the union). A derived or role word is worth no more than that either.
      let df = t >= 0 ? this.df[t]! : 0;
      for (const f of forms) if (f.weight === INFLECTION_WEIGHT) df += this.df[f.term]!;
      df = Math.min(this.n, df);
      const idf = df > 0 ? Math.log(1 + (this.n - df + 0.5) / (df + 0.5)) : Infinity;
      for (const e of out) e.idf = idf;
      for (const f of forms) out.push({ ...f, idf: Math.min(idf, this.idf[f.term]!) });
    }
    if (prefix && term.length >= 2) {
      const have = new Set(out.map((e) => e.term));
      for (const c of this.completions(term, term.length < 3 ? SHORT_PREFIX_LIMIT : PREFIX_LIMIT)) {
        if (!have.has(c)) out.push({ term: c, weight: 0.5 + (0.35 * term.length) / this.terms[c]!.length });
      }
    }
    // Misspelt (no exact match and no other form): also when a long word happens to be the start of some rare term.
    if (t < 0 && forms.length === 0 && (out.length === 0 || term.length >= 5)) {
      const matches = this.fuzzyMatches(term, 0.34);
      // Only near-ties of the best spelling, each worth less than an exact match and less the further it is.
      const bestScore = matches[0]?.score ?? 0;
      matches.slice(0, FUZZY_LIMIT).forEach((m, i) => {
        if (m.score <= bestScore + 0.05)
          out.push({ term: m.term, weight: Math.max(0.2, 0.9 - 1.5 * m.score) * (i === 0 ? 1 : 0.6), guess: true });
      });
      if (matches[0]) corrections.push({ term, to: matches[0].term });
    }
    return out;
  }

  /** Adds one term's BM25 score (max over its expansions) into `termScore`; returns the touched documents. */
  private scoreTerm(expansions: readonly Expansion[], allowed: Uint8Array | undefined, onlySeen: boolean): number[] {
    const ts = this.termScore;
    const { score, mask } = this;
    const touched: number[] = [];
    const entities: number[] = [];
    for (const { term, weight, idf } of expansions) {
      const w = weight * (idf ?? this.idf[term]!);
      for (let p = this.postStart[term]!; p < this.postStart[term + 1]!; p++) {
        const d = this.postDoc[p]!;
        if (allowed && allowed[d] === 0) continue;
        if (onlySeen && score[d] === 0 && mask[d] === 0) continue;
        const code = this.postCode[p]!;
        const base = d * FIELD_COUNT;
        let fs = 0;
        let tf = (code >> 8) & 3;
        if (tf) fs += (BOOST[0] * tf * (K1 + 1)) / (tf + this.lenFactor[base]!);
        tf = (code >> 6) & 3;
        if (tf) fs += (BOOST[1] * tf * (K1 + 1)) / (tf + this.lenFactor[base + 1]!);
        tf = (code >> 4) & 3;
        if (tf) fs += (BOOST[2] * tf * (K1 + 1)) / (tf + this.lenFactor[base + 2]!);
        tf = code & 15;
        if (tf) fs += (BOOST[3] * tf * (K1 + 1)) / (tf + this.lenFactor[base + 3]!);
        const s = w * fs;
        if (ts[d] === 0) touched.push(d);
        if (s > ts[d]!) ts[d] = s;
        if (code & NAME_FIELDS && this.types[d] === 'entity') entities.push(d, w);
      }
    }
    // Records that list a matching entity get part of the match.
    for (let k = 0; k < entities.length; k += 2) {
      const e = entities[k]!;
      const s = REF_BOOST * entities[k + 1]!;
      for (let r = this.revStart[e]!; r < this.revStart[e + 1]!; r++) {
        const d = this.revList[r]!;
        if (allowed && allowed[d] === 0) continue;
        if (onlySeen && score[d] === 0 && mask[d] === 0) continue;
        if (ts[d] === 0) touched.push(d);
        if (s > ts[d]!) ts[d] = s;
      }
    }
    return touched;
  }

  /** Answers a query. Never throws on any input. */
  search(input: unknown, options: SearchOptions = {}, text?: TextSource): SearchResponse {
    const q = parseQuery(input);
    const response: SearchResponse = {
      query: q.text,
      truncated: q.truncated,
      total: 0,
      counts: EMPTY_COUNTS(),
      assessmentCounts: {},
      hits: [],
      corrections: [],
      closestEntities: [],
      nearTerms: [],
      missingText: [],
      fullTotal: 0,
      searched: q.units.map((u) => u.raw),
      ignored: q.ignored,
    };
    if (isEmptyQuery(q) || this.n === 0) return response;

    // Exact phrases narrow everything else to the documents that have all their words in one field.
    const phraseTouched: number[] = [];
    const phraseState = q.phrases.length > 0 ? this.phraseFilter(q, phraseTouched) : 'all';
    try {
      if (phraseState === 'none') return response;
      return this.rank(q, options, text, response, phraseState === 'some' ? this.phraseFields : undefined);
    } finally {
      for (const d of phraseTouched) {
        this.phraseFields[d] = 0;
        this.phraseRound[d] = 0;
      }
    }
  }

  private rank(
    q: ParsedQuery,
    options: SearchOptions,
    text: TextSource | undefined,
    response: SearchResponse,
    allowed: Uint8Array | undefined,
  ): SearchResponse {
    const { score, mask, unitScore, compoundScore, partHits, termScore } = this;
    const candidates: number[] = [];
    const seen = (d: number) => {
      if (score[d] === 0 && mask[d] === 0) candidates.push(d);
    };
    const highlightTerms = new Set<string>();
    const corrections: { term: string; to: number; raw: string }[] = [];
    // Words the index has (in some form): a document must have them all to be a full match. Words
    // read as a near spelling only add to the score, unless nothing else matched (a misspelt name).
    let required = 0;
    let guessed = 0;
    // Each word's weight in the coordination: the IDF (times weight) of its best expansion.
    const unitWeight = new Float64Array(q.units.length);

    // First what each word expands to, and its weight; then the words from the heaviest down, so
    // that a document met first at a word too light to reach MIN_COORD of the query is never scored.
    const plans = q.units.map((unit, u) => {
      const hasCompound = unit.terms.length > 1;
      const terms: Expansion[][] = [];
      let matchedAny = false;
      let matchedSure = false;
      for (let k = 0; k < unit.terms.length; k++) {
        const term = unit.terms[k]!;
        const fixes: { term: string; to: number }[] = [];
        // The joined form of `ISIS-K` is looked up exactly; typos are handled on the parts.
        const expansions = this.expand(
          term,
          unit.prefix && (!hasCompound || k > 0),
          unit.exact || (hasCompound && k === 0),
          fixes,
        );
        terms.push(expansions);
        if (expansions.length === 0) continue;
        matchedAny = true;
        if (expansions.some((e) => !e.guess)) matchedSure = true;
        for (const f of fixes) {
          // A misspelt part of a hyphenated word (`Sharf` in `Mazar-i-Sharf`): correct just that part.
          const at = hasCompound ? unit.raw.toLowerCase().indexOf(f.term) : -1;
          corrections.push({ ...f, raw: at >= 0 ? unit.raw.slice(at, at + f.term.length) : unit.raw });
        }
        for (const e of expansions) {
          highlightTerms.add(this.terms[e.term]!);
          unitWeight[u] = Math.max(unitWeight[u]!, e.weight * (e.idf ?? this.idf[e.term]!));
        }
      }
      if (matchedSure) required |= 1 << u;
      else if (matchedAny) guessed |= 1 << u;
      return { u, terms, hasCompound };
    });
    if (required === 0) required = guessed;
    let remaining = 0;
    for (let u = 0; u < q.units.length; u++) if (required & (1 << u)) remaining += unitWeight[u]!;
    const totalWeight = remaining;
    const order = [...plans].sort(
      (a, b) =>
        Number(!(required & (1 << a.u))) - Number(!(required & (1 << b.u))) ||
        unitWeight[b.u]! - unitWeight[a.u]! ||
        a.u - b.u,
    );

    for (const { u, terms, hasCompound } of order) {
      const bit = 1 << u;
      const isRequired = (required & bit) !== 0;
      // A document not met before this word can match at most this word and the lighter ones.
      const onlySeen = !isRequired || (candidates.length > 0 && remaining < MIN_COORD * totalWeight);
      if (isRequired) remaining -= unitWeight[u]!;
      const nParts = hasCompound ? terms.length - 1 : 1;
      const unitTouched: number[] = [];
      for (let k = 0; k < terms.length; k++) {
        const expansions = terms[k]!;
        if (expansions.length === 0) continue;
        const touched = this.scoreTerm(expansions, allowed, onlySeen);
        for (const d of touched) {
          if (unitScore[d] === 0 && compoundScore[d] === 0 && partHits[d] === 0) unitTouched.push(d);
          if (hasCompound && k === 0) compoundScore[d] = termScore[d]!;
          else {
            unitScore[d]! += termScore[d]!;
            partHits[d]! += 1;
          }
          termScore[d] = 0;
        }
      }
      for (const d of unitTouched) {
        seen(d);
        score[d]! += Math.max(compoundScore[d]!, unitScore[d]!);
        if (compoundScore[d]! > 0 || partHits[d]! >= nParts) mask[d]! |= bit;
        unitScore[d] = 0;
        compoundScore[d] = 0;
        partHits[d] = 0;
      }
    }

    // A query that is exactly a name or alias.
    const nameTerm = q.nameKey.length > 0 ? this.lookup(NAME_KEY_PREFIX + q.nameKey) : -1;
    if (nameTerm >= 0) {
      const all = required || 1;
      for (let p = this.postStart[nameTerm]!; p < this.postStart[nameTerm + 1]!; p++) {
        const d = this.postDoc[p]!;
        if (allowed && allowed[d] === 0) continue;
        seen(d);
        score[d]! += NAME_BONUS;
        mask[d]! |= all;
      }
      if (required === 0) required = all;
    }

    // A question about a person (who …) or a place (where …): entities of that kind that have every
    // word come first, and rank higher among partial matches.
    const askedKind = q.asks ? this.kinds.indexOf(q.asks) + 1 : 0;
    const asked = (d: number) => askedKind > 0 && this.kindOf[d] === askedKind && this.types[d] === 'entity';

    // Coordination: the documents with every word first; then those with some of them, by the share
    // of the query's weight (rare words weigh more) that they match, then by score.
    const full = this.fullFlags;
    let fullDocs: number[] = []; // unsorted
    let partialDocs: number[] = [];
    // Each combination of words matched has one share of the query's weight.
    const shareOf = new Map<number, number>();
    for (const d of candidates) {
      const m = mask[d]! & required;
      if (m === required) {
        full[d] = asked(d) ? FULL_ASKED : FULL;
        fullDocs.push(d);
      } else if (m !== 0) {
        let share = shareOf.get(m);
        if (share === undefined) {
          let matched = 0;
          for (let u = 0; u < q.units.length; u++) if (m & (1 << u)) matched += unitWeight[u]!;
          shareOf.set(m, (share = totalWeight > 0 ? matched / totalWeight : 0));
        }
        if (share < MIN_COORD) continue;
        full[d] = Math.round(COORD_LEVELS * share);
        partialDocs.push(d);
      }
    }
    let coordinated = false;
    const coordinate = () => {
      if (coordinated) return;
      coordinated = true;
      for (const d of partialDocs) if (asked(d)) score[d] = score[d]! * QUESTION_BOOST;
    };
    const retired = this.retired;
    // Superseded and withdrawn claims last; then every word before some of them; then by score.
    const byScore = (a: number, b: number) =>
      retired[a]! - retired[b]! || full[b]! - full[a]! || score[b]! - score[a]! || a - b;

    // Exact phrases: the words must be adjacent, in one field.
    const missing = new Set<number>();
    const phraseMode = q.phrases.length > 0;
    if (phraseMode && fullDocs.length + partialDocs.length > 0) {
      coordinate();
      fullDocs = this.checkPhrases(q, [...fullDocs, ...partialDocs], allowed !== undefined, text, missing, byScore);
      partialDocs = [];
    }

    const typeFilter = options.types && options.types.length > 0 ? new Set(options.types) : undefined;
    const assessFilter =
      options.assessments && options.assessments.length > 0 ? new Set(options.assessments) : undefined;
    const keep = (list: number[]): number[] => {
      const out: number[] = [];
      for (const d of list) {
        const type = this.types[d]!;
        response.counts[type] += 1;
        const a = this.assessment(d);
        if (a) response.assessmentCounts[a] = (response.assessmentCounts[a] ?? 0) + 1;
        if (typeFilter && !typeFilter.has(type)) continue;
        if (assessFilter && !(a && assessFilter.has(a))) continue;
        out.push(d);
      }
      return out;
    };
    const fullKept = keep(fullDocs);
    const partialKept = keep(partialDocs);
    response.fullTotal = phraseMode ? fullKept.filter((d) => full[d]! >= FULL).length : fullKept.length;
    response.total = fullKept.length + partialKept.length;
    const ranked = response.total;

    for (const phrase of q.phrases) for (const t of phrase) highlightTerms.add(t);
    const limit = Math.max(0, Math.min(MAX_LIMIT, options.limit ?? 20));
    const offset = Math.max(0, options.offset ?? 0);
    // Phrase results are already in order; otherwise only the page shown is sorted, and partial
    // matches are scored only when the page reaches them.
    let page: number[];
    if (phraseMode) page = fullKept.slice(offset, offset + limit);
    else {
      const need = offset + limit;
      const top = selectTop(fullKept, need, byScore);
      if (top.length < need && partialKept.length > 0) {
        coordinate();
        top.push(...selectTop(partialKept, need - top.length, byScore));
      }
      page = top.slice(offset);
    }
    for (const d of page) {
      const hit = this.hit(d, score[d]!, highlightTerms, q.phrases, text, missing);
      if (full[d]! < FULL)
        hit.missing = q.units.filter((_, u) => required & (1 << u) && !(mask[d]! & (1 << u))).map((unit) => unit.raw);
      response.hits.push(hit);
    }
    for (const d of candidates) {
      score[d] = 0;
      mask[d] = 0;
      full[d] = 0;
    }
    response.missingText = [...missing];

    // Misspellings: say what was searched instead, and offer the corrected query.
    const fixed = new Map<string, string>();
    for (const c of corrections) {
      const to = this.displayForm(this.terms[c.to]!);
      if (!fixed.has(c.raw)) fixed.set(c.raw, to);
    }
    for (const [from, to] of fixed) response.corrections.push({ from, to });
    if (fixed.size > 0) {
      let s = q.text;
      for (const [from, to] of fixed) s = s.replace(from, to);
      response.suggestion = s.trim();
    }
    if (ranked === 0) {
      if (!response.suggestion) response.suggestion = this.looseSuggestion(q);
      response.closestEntities = this.closestEntities(q);
      response.nearTerms = this.nearWords(q);
    }
    return response;
  }

  private hit(
    d: number,
    score: number,
    terms: ReadonlySet<string>,
    phrases: readonly string[][],
    text: TextSource | undefined,
    missing: Set<number>,
  ): SearchHit {
    const title = this.titles[d]!;
    const hit: SearchHit = {
      doc: d,
      type: this.types[d]!,
      id: this.ids[d]!,
      href: this.href(d),
      title: { text: title, ranges: matchRanges(title, terms) },
      score,
    };
    const assessment = this.assessment(d);
    if (assessment) hit.assessment = assessment;
    const kind = this.kind(d);
    if (kind) hit.kind = kind;
    if (this.retired[d]) hit.retired = true;
    if (hit.title.ranges.length === 0) {
      for (const alias of this.aliases.get(d) ?? []) {
        const ranges = matchRanges(alias, terms);
        if (ranges.length > 0) {
          hit.alias = { text: alias, ranges };
          break;
        }
      }
    }
    const long = text?.get(d);
    if (long) {
      let snippet: Snippet | undefined;
      // Where the exact phrase is, if it is in the long text.
      if (phrases.length > 0)
        snippet =
          makeSnippet(long.meta, terms, 180, phrases, true) ?? makeSnippet(long.body, terms, 180, phrases, true);
      if (!snippet) {
        const meta = makeSnippet(long.meta, terms);
        const body = meta && meta.ranges.length > 0 ? undefined : makeSnippet(long.body, terms);
        snippet = body && body.ranges.length > 0 ? body : (meta ?? body);
      }
      if (snippet) hit.snippet = snippet;
    } else if (text) {
      missing.add(d);
    }
    return hit;
  }

  /**
   * Documents that have every indexed word of every phrase in one same field: intersects the
   * postings into `phraseFields` (per document, the fields where all words so far occur).
   * `none`: no document can match; `all`: no indexed word (stopwords only), nothing to narrow.
   */
  private phraseFilter(q: ParsedQuery, touched: number[]): 'none' | 'all' | 'some' {
    const fieldsOk = this.phraseFields;
    const round = this.phraseRound;
    let first = true;
    for (const phrase of q.phrases) {
      for (const term of new Set(phrase)) {
        const t = this.lookup(term);
        if (t < 0) {
          if (tokenize(term).length === 0) continue; // a stopword: not indexed, checked in the text
          return 'none';
        }
        for (let p = this.postStart[t]!; p < this.postStart[t + 1]!; p++) {
          const d = this.postDoc[p]!;
          const f = codeFields(this.postCode[p]!);
          if (first) {
            fieldsOk[d] = f;
            round[d] = 1;
            touched.push(d);
          } else if (round[d] === 1) {
            // Seen in this term: keep the fields common to all terms so far.
            round[d] = 2;
            fieldsOk[d] = fieldsOk[d]! & f;
          }
        }
        if (!first) {
          // Documents without this term drop out; the others are ready for the next term.
          for (const d of touched) {
            if (round[d] === 2) round[d] = 1;
            else fieldsOk[d] = 0;
          }
        }
        first = false;
      }
    }
    return first ? 'all' : 'some';
  }

  /** Keeps, in `order`, the documents whose text has every phrase (checks at most PHRASE_CHECK_LIMIT). */
  private checkPhrases(
    q: ParsedQuery,
    ranked: number[],
    narrowed: boolean,
    text: TextSource | undefined,
    missing: Set<number>,
    order: (a: number, b: number) => number,
  ): number[] {
    const fieldsOk = this.phraseFields;
    // Only the documents with all the words in one field are sorted and checked.
    const candidates = narrowed ? ranked.filter((d) => fieldsOk[d] !== 0) : ranked;
    candidates.sort(order);
    const out: number[] = [];
    let checked = 0;
    for (const d of candidates) {
      const fields = narrowed ? fieldsOk[d]! : 15;
      if (checked++ >= PHRASE_CHECK_LIMIT) break;
      let ok = true;
      for (const phrase of q.phrases) {
        let found = false;
        if (fields & 1 && containsSequence(phraseTerms(this.titles[d]!), phrase)) found = true;
        if (!found && fields & 2)
          found = (this.aliases.get(d) ?? []).some((a) => containsSequence(phraseTerms(a), phrase));
        if (!found && fields & 12) {
          const long = text?.get(d);
          if (!long) {
            missing.add(d);
            ok = false;
            break;
          }
          const re = phraseRegex(phrase);
          found =
            (!!(fields & 4) && re.test(this.normalized(d, 'meta', long.meta))) ||
            (!!(fields & 8) && re.test(this.normalized(d, 'body', long.body)));
        }
        if (!found) {
          ok = false;
          break;
        }
      }
      if (ok) out.push(d);
    }
    return out;
  }

  /** normalizeWord of a document's long text, cached for the last documents checked (typing a phrase re-checks the same ones). */
  private normalized(doc: number, field: 'meta' | 'body', value: string): string {
    const key = field === 'meta' ? -1 - doc : doc;
    let v = this.normalizedCache.get(key);
    if (v === undefined) {
      v = normalizeWord(value);
      if (this.normalizedCache.size >= NORMALIZED_CACHE)
        this.normalizedCache.delete(this.normalizedCache.keys().next().value!);
      this.normalizedCache.set(key, v);
    }
    return v;
  }

  /** How a normalised term is written in an entity name or alias (`nangarhar` → `Nangarhar`). */
  private displayForm(term: string): string {
    if (!this.displayForms) {
      const forms = new Map<string, string>();
      const add = (s: string) => {
        for (const t of tokenize(s, { keepAll: true }))
          if (!forms.has(t.term)) forms.set(t.term, s.slice(t.start, t.end));
      };
      for (let d = 0; d < this.n; d++) {
        if (this.types[d] !== 'entity') continue;
        add(this.titles[d]!);
        for (const a of this.aliases.get(d) ?? []) add(a);
      }
      this.displayForms = forms;
    }
    return this.displayForms.get(term) ?? term;
  }

  private looseSuggestion(q: ParsedQuery): string | undefined {
    let changed = false;
    let s = q.text;
    for (const unit of q.units) {
      const term = unit.terms[unit.terms.length - 1];
      if (!term || this.lookup(term) >= 0) continue;
      const m = this.nearTerms(term).find((n) => this.nameTermFlags()[n.term]) ?? this.fuzzyMatches(term, 0.5, 1)[0];
      if (m) {
        s = s.replace(unit.raw, this.displayForm(this.terms[m.term]!));
        changed = true;
      }
    }
    return changed ? s.trim() : undefined;
  }

  /** Terms near a word that has no match: looser spellings, and terms sharing its first four letters. */
  private nearTerms(term: string): { term: number; score: number }[] {
    const near = this.fuzzyMatches(term, 0.6, 8, maxEdits(term.length) + 1);
    if (term.length >= 5) {
      for (const t of this.completions(term.slice(0, 4), 200)) {
        const other = this.terms[t]!;
        let common = 0;
        while (common < other.length && other[common] === term[common]) common++;
        near.push({ term: t, score: 0.3 + 0.5 * (1 - common / Math.max(term.length, other.length)) });
      }
    }
    return near.sort((a, b) => a.score - b.score || this.df[b.term]! - this.df[a.term]!);
  }

  private closestEntities(q: ParsedQuery): { id: string; href: string; title: string; alias?: string }[] {
    const found = new Map<number, { score: number; terms: Set<string> }>();
    for (const unit of q.units) {
      for (const term of unit.terms) {
        const matches = this.nearTerms(term);
        for (const m of matches) {
          for (let p = this.postStart[m.term]!; p < this.postStart[m.term + 1]!; p++) {
            const d = this.postDoc[p]!;
            if (this.types[d] === 'entity' && this.postCode[p]! & NAME_FIELDS) {
              const f = found.get(d) ?? { score: Infinity, terms: new Set<string>() };
              f.score = Math.min(f.score, m.score);
              f.terms.add(this.terms[m.term]!);
              found.set(d, f);
            }
          }
        }
      }
    }
    return [...found.entries()]
      .sort((a, b) => a[1].score - b[1].score || a[0] - b[0])
      .slice(0, 5)
      .map(([d, f]) => {
        const out: { id: string; href: string; title: string; alias?: string } = {
          id: this.ids[d]!,
          href: this.href(d),
          title: this.titles[d]!,
        };
        // The name a reader was near: the title, or else the alias that has the near word.
        const has = (text: string) => tokenize(text).some((t) => f.terms.has(t.term));
        if (!has(this.titles[d]!)) {
          const alias = (this.aliases.get(d) ?? []).find(has);
          if (alias) out.alias = alias;
        }
        return out;
      });
  }

  /** Words in the index nearest to the query's words that matched nothing, as written there (at most `limit`). */
  private nearWords(q: ParsedQuery, limit = 6): { from: string; to: string }[] {
    const out: { from: string; to: string }[] = [];
    for (const unit of q.units) {
      const term = unit.terms[unit.terms.length - 1];
      if (!term || this.lookup(term) >= 0) continue;
      for (const m of this.nearTerms(term).slice(0, 3)) {
        const to = this.displayForm(this.terms[m.term]!);
        if (!out.some((o) => o.to === to)) out.push({ from: unit.raw, to });
      }
    }
    return out.slice(0, limit);
  }
}

function readFixed(s: string, count: number): Int32Array {
  const r = new VarintReader(s);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = r.next();
  return out;
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return true;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

const phraseRegexes = new Map<string, RegExp>();

/** Matches the phrase's terms in order, separated only by non-word characters, in text passed through normalizeWord. */
function phraseRegex(phrase: readonly string[]): RegExp {
  const key = phrase.join(' ');
  let re = phraseRegexes.get(key);
  if (!re) {
    const escaped = phrase.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
    if (phraseRegexes.size > 100) phraseRegexes.clear();
    phraseRegexes.set(key, re);
  }
  return re;
}

/** The first k of `list` in `order`, sorted, without sorting the whole list. */
function selectTop(list: readonly number[], k: number, order: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (list.length <= Math.max(64, k * 4)) return [...list].sort(order).slice(0, k);
  const top: number[] = [];
  for (const d of list) {
    if (top.length === k && order(d, top[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(top[mid]!, d) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, d);
    if (top.length > k) top.pop();
  }
  return top;
}
