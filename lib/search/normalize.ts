/**
 * Text normalisation and tokenisation shared by the index builder, the query parser, the
 * phrase check and the highlighter. The same function runs at build time and in the browser,
 * so a word typed by a reader and the same word in the content always meet as one term.
 */

/** A query is cut to this many characters before anything else happens (a 5,000-character paste must stay cheap). */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words of a query are searched; the rest are ignored. */
export const MAX_QUERY_UNITS = 12;

/**
 * Function words that carry no meaning for search. They are not indexed, and are ignored in
 * queries (but kept for exact-phrase checks). Deliberately short: `us`, `un`, `state`, `party`
 * and the like are names here.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by did do does for from had has have he her his how i if in into is it its ' +
    'of on or our she so than that the their them then there these they this those to was we were what when where which ' +
    'while who whom whose will with would'
  ).split(' '),
);

/**
 * Words of a question or request that say nothing about what is sought ("how many", "tell me
 * about", "why did"). Indexed like any word, but ignored in a query that has other words.
 */
export const QUERY_FILLER: ReadonlySet<string> = new Set(
  (
    'many much why me tell say about any anything some show find list know info information please can could happened happen ' +
    // Prepositions of place and time that readers add around the words that matter ("attack near Kunduz during Ramadan").
    'near during via within amid around towards'
  ).split(' '),
);

// Letters that Unicode decomposition leaves alone but that readers type in a plain form.
const LATIN_FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};

// Arabic-script letters written differently in Arabic, Persian/Dari and Pashto, folded to one form.
const ARABIC_FOLD: Record<string, string> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی Farsi yeh
  '\u0649': '\u06CC', // ى alef maksura → ی
  '\u06D0': '\u06CC', // ې Pashto yeh → ی
  '\u06CD': '\u06CC', // ۍ yeh with tail → ی
  '\u0643': '\u06A9', // ك Arabic kaf → ک keheh
  '\u06AB': '\u06AF', // ګ Pashto gaf → گ
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06D5': '\u0647', // ە ae → ه (ۀ decomposes to ە + hamza)
  '\u06C1': '\u0647', // ہ heh goal → ه
  '\u0671': '\u0627', // ٱ alef wasla → ا
};

const FOLD_RE = /[ßæœøđðþłıħ\u064A\u0649\u06D0\u06CD\u0643\u06AB\u0629\u06D5\u06C1\u0671]/g;
// Combining marks (accents, Arabic harakat, hamza above/below), tatweel, zero-width joiners, soft hyphen,
// and the apostrophes and modifier letters used in transliteration (ʿ ʾ ʼ ’ ').
const DROP_RE = /[\p{M}\u0640\u200B-\u200D\u2060\u00AD'\u2018\u2019\u02BC\u02BB\u02BE\u02BF\u0060\u00B4]/gu;
const ARABIC_INDIC_DIGIT_RE = /[\u0660-\u0669\u06F0-\u06F9]/g;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included
const NON_ASCII_RE = /[^\x00-\x7F]/;
const ASCII_DROP_RE = /['`]/g;

/**
 * Normalises one word (or any short string) for comparison: compatibility decomposition,
 * case folding, no diacritics or harakat, one spelling of Arabic-script letter variants,
 * ASCII digits, no apostrophes. Characters that are not letters or digits are kept as they are.
 */
export function normalizeWord(input: string): string {
  // Fast path for plain ASCII (most English text): only case and apostrophes change.
  if (!NON_ASCII_RE.test(input)) return input.toLowerCase().replace(ASCII_DROP_RE, '');
  let s = input.normalize('NFKD').toLowerCase();
  s = s.replace(DROP_RE, '');
  s = s.replace(FOLD_RE, (c) => LATIN_FOLD[c] ?? ARABIC_FOLD[c] ?? c);
  s = s.replace(ARABIC_INDIC_DIGIT_RE, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
  return s;
}

// What a term may contain: letters and digits only (never a space, the dictionary's separator, or a mark).
const TERM_RE = /^[\p{L}\p{N}]+$/u;
const NON_TERM_RE = /[^\p{L}\p{N}]+/u;

/** true if `term` is a well-formed search term: a non-empty run of letters and digits. */
export function isSafeTerm(term: string): boolean {
  return TERM_RE.test(term);
}

/** The terms in a normalised string: its runs of letters and digits (usually the string itself). */
function termsOf(normalized: string): string[] {
  if (normalized.length === 0) return [];
  if (TERM_RE.test(normalized)) return [normalized];
  return normalized.split(NON_TERM_RE).filter((t) => t.length > 0);
}

/** One searchable term found in a text, with its place in the original string. */
export interface Token {
  /** The normalised term. */
  term: string;
  /** UTF-16 offsets of the term in the original text: [start, end). */
  start: number;
  end: number;
  /** Index of the word chunk this term came from (parts and compound of `Mazar-i-Sharif` share it). */
  chunk: number;
  /** true for the joined form of a hyphenated or dotted word (`isisk` for `ISIS-K`). */
  compound: boolean;
}

// A word chunk: letters, digits and marks, possibly joined by hyphens, dashes, dots, slashes,
// underscores or apostrophes (`ISIS-K`, `Mazar-i-Sharif`, `S/2021/486`, `Qa'ida`, `U.S.`).
const CHUNK_RE =
  /[\p{L}\p{N}\p{M}\u0640\u200C\u200D]+(?:['\u2018\u2019\u02BC\u02BB\u02BE\u02BF\-\u2010-\u2015\u2212./_][\p{L}\p{N}\p{M}\u0640\u200C\u200D]+)*/gu;
// What splits a chunk into parts (apostrophes do not: they are dropped inside a word).
const JOINER_RE = /[\-\u2010-\u2015\u2212./_]/;
// A trailing English possessive: Taliban's → Taliban.
const POSSESSIVE_RE = /['\u2019\u02BC]s$/i;

/** true if a normalised term is worth indexing on its own (two letters or more, or a number). */
export function isIndexableTerm(term: string): boolean {
  if (term.length === 0) return false;
  if (term.length === 1) return /\p{N}/u.test(term) || !/[a-z]/.test(term);
  return !STOPWORDS.has(term);
}

export interface TokenizeOptions {
  /** Keep stopwords and single letters (for phrase checks). Default false. */
  keepAll?: boolean;
  /** Emit the joined form of hyphenated chunks. Default true. */
  compounds?: boolean;
  /** Stop after this many chunks (guards against huge inputs). */
  maxChunks?: number;
  /** Called before each chunk with its offset and the tokens so far; return true to stop. */
  stopAt?: (chunkStart: number, tokens: readonly Token[]) => boolean;
}

/**
 * Splits a text into normalised terms with offsets. A hyphenated or dotted chunk yields its
 * parts and, after them, one compound term spanning the chunk: `ISIS-K` → `isis`, `isisk`
 * (`k` alone is too short to index).
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const keepAll = options.keepAll ?? false;
  const compounds = options.compounds ?? true;
  const maxChunks = options.maxChunks ?? Infinity;
  const out: Token[] = [];
  let chunkIndex = 0;
  CHUNK_RE.lastIndex = 0;
  for (let m = CHUNK_RE.exec(text); m !== null; m = CHUNK_RE.exec(text)) {
    if (chunkIndex >= maxChunks || options.stopAt?.(m.index, out)) break;
    let raw = m[0];
    const start = m.index;
    const possessive = POSSESSIVE_RE.exec(raw);
    if (possessive) raw = raw.slice(0, possessive.index);
    const parts: { term: string; start: number; end: number }[] = [];
    let offset = 0;
    let pieces = 0;
    for (const piece of raw.split(JOINER_RE)) {
      // Compatibility decomposition can turn one character into several words or into a space and a
      // mark (ﷺ → صلى الله عليه وسلم, the isolated harakat U+FE70–FE7E → space + mark): a term is
      // only ever a run of letters and digits, each sharing the span of the piece it came from.
      const normalized = normalizeWord(piece);
      let found = false;
      for (const term of termsOf(normalized)) {
        parts.push({ term, start: start + offset, end: start + offset + piece.length });
        found = true;
      }
      if (found) pieces += 1;
      offset += piece.length + 1;
    }
    for (const part of parts) {
      if (keepAll || isIndexableTerm(part.term)) {
        out.push({ term: part.term, start: part.start, end: part.end, chunk: chunkIndex, compound: false });
      }
    }
    if (compounds && pieces > 1) {
      const joined = parts.map((p) => p.term).join('');
      const last = parts[parts.length - 1]!;
      if (joined.length > 1)
        out.push({ term: joined, start: parts[0]!.start, end: last.end, chunk: chunkIndex, compound: true });
    }
    chunkIndex += 1;
  }
  return out;
}

/** The terms of a text in reading order, stopwords and single letters included, without compounds: the sequence a phrase is matched against. */
export function phraseTerms(text: string): string[] {
  return tokenize(text, { keepAll: true, compounds: false }).map((t) => t.term);
}

/** A name or alias folded to one string without spaces or joiners (`Daesh Khorasan` → `daeshkhorasan`), used as a whole-name key. */
export function compactKey(text: string): string {
  return phraseTerms(text).join('');
}
