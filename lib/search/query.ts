/**
 * Turns what a reader typed into words to look up. Never throws: any input (markup, a pasted
 * page, operators only) becomes a possibly empty query, cut to MAX_QUERY_LENGTH first.
 */
import {
  compactKey,
  MAX_QUERY_LENGTH,
  MAX_QUERY_UNITS,
  phraseTerms,
  QUERY_FILLER,
  STOPWORDS,
  tokenize,
} from './normalize';

/** One word of the query: its terms (parts of a hyphenated word and their joined form) must match for the word to count. */
export interface QueryUnit {
  /** The word as typed. */
  raw: string;
  /** Normalised terms, most specific first: the joined form, then the parts. */
  terms: string[];
  /** Inside quotes: exact terms only, no prefix or typo expansion. */
  exact: boolean;
  /** The last word, still being typed: complete it as a prefix. */
  prefix: boolean;
}

export interface ParsedQuery {
  /** The query as searched: cut to MAX_QUERY_LENGTH, control characters removed, quotes unified. */
  text: string;
  /** true if the input was longer than MAX_QUERY_LENGTH. */
  truncated: boolean;
  units: QueryUnit[];
  /** Each quoted phrase as its sequence of terms (stopwords included). */
  phrases: string[][];
  /** The whole query folded to one key, to find a record whose name or alias is exactly the query. */
  nameKey: string;
  /** Words typed but not searched: stopwords and question words (`who`, `the`, `how many`), as typed. */
  ignored: string[];
  /** What a question asks for: `who …` a person, `where …` a place (entities of that kind rank a little higher). */
  asks?: 'person' | 'place';
}

const QUOTES_RE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]/g;
// C0/C1 controls and bidi overrides: never meaningful in a query.
// eslint-disable-next-line no-control-regex -- control characters are what this pattern removes
const CONTROL_RE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function parseQuery(input: unknown): ParsedQuery {
  const raw = typeof input === 'string' ? input : '';
  const truncated = raw.length > MAX_QUERY_LENGTH;
  let text = raw.slice(0, MAX_QUERY_LENGTH).replace(CONTROL_RE, ' ').replace(QUOTES_RE, '"');
  // Do not leave half a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  const endsWithSpace = /\s$/.test(text);

  const units: QueryUnit[] = [];
  const phrases: string[][] = [];
  const segments = text.split('"');
  const nameParts: string[] = [];
  segments.forEach((segment, i) => {
    const quoted = i % 2 === 1;
    if (quoted) {
      const seq = phraseTerms(segment);
      if (seq.length > 1) phrases.push(seq);
    }
    const tokens = tokenize(segment, { maxChunks: MAX_QUERY_UNITS * 2 });
    const byChunk = new Map<number, string[]>();
    for (const t of tokens) {
      const list = byChunk.get(t.chunk) ?? [];
      if (t.compound) list.unshift(t.term);
      else list.push(t.term);
      byChunk.set(t.chunk, list);
    }
    for (const terms of byChunk.values()) {
      units.push({ raw: terms[terms.length - 1] ?? '', terms: [...new Set(terms)], exact: quoted, prefix: false });
    }
    nameParts.push(compactKey(segment));
  });

  // Give each unit the word as typed, for "did you mean" (best effort: match by normalised term).
  const typed = text.replace(/"/g, ' ').match(/\S+/g) ?? [];
  for (const unit of units) {
    const hit = typed.find(
      (w) => compactKey(w) === unit.terms[0] || phraseTerms(w).includes(unit.terms[unit.terms.length - 1] ?? ''),
    );
    if (hit) unit.raw = hit;
  }

  // Question and request words (`how many`, `tell me about`) do not dilute a query that has other words.
  const ignored: string[] = [];
  const content = units.filter((u) => !(u.terms.length === 1 && QUERY_FILLER.has(u.terms[0]!) && !u.exact));
  if (content.length > 0 && content.length < units.length) {
    for (const u of units) if (!content.includes(u)) ignored.push(u.raw);
    units.splice(0, units.length, ...content);
  }
  for (const w of typed) {
    const terms = phraseTerms(w);
    if (terms.length > 0 && terms.every((t) => STOPWORDS.has(t)) && !ignored.includes(w)) ignored.push(w);
  }

  const first = /^\s*([\p{L}]+)/u.exec(text.replace(/"/g, ' '))?.[1]?.toLowerCase();
  const asks =
    first === 'who' || first === 'whom' || first === 'whose' ? 'person' : first === 'where' ? 'place' : undefined;

  const kept = units.slice(0, MAX_QUERY_UNITS);
  const last = kept[kept.length - 1];
  const openQuote = segments.length % 2 === 0; // an unterminated quote: still typing the phrase
  if (last && !endsWithSpace && !last.exact && !openQuote) last.prefix = true;
  return {
    text,
    truncated,
    units: kept,
    phrases,
    nameKey: nameParts.join(''),
    ignored,
    ...(asks && kept.length > 0 ? { asks } : {}),
  };
}

/** true if the query has nothing to look up (empty, punctuation or operators only). */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.units.length === 0 && q.nameKey.length === 0;
}
