/**
 * Builds the serialised search index from search documents, at build time (and in the
 * benchmark). Output: one index (vocabulary, postings, what a result row shows) and the long
 * text split into shards that the browser fetches only for the results it displays.
 */
import type { SearchDocument } from './documents';
import { COLLECTIONS, hrefOf } from '@/lib/model/collections';
import {
  encodeDictionary,
  FIELD,
  FIELD_COUNT,
  INDEX_VERSION,
  NAME_KEY_PREFIX,
  packCode,
  type SearchIndexData,
  type TextShardData,
  writeVarint,
} from './codec';
import { compactKey, tokenize } from './normalize';
import { isStemmable, stemOf } from './stem';

export interface BuildOptions {
  /** Target size of one text shard, in characters of text. */
  shardChars?: number;
}

export interface BuiltIndex {
  index: SearchIndexData;
  shards: TextShardData[];
}

const DEFAULT_SHARD_CHARS = 48_000;

/** Builds the index and the text shards. Deterministic: the same documents give the same bytes. */
export function buildSearchIndex(docs: readonly SearchDocument[], options: BuildOptions = {}): BuiltIndex {
  const n = docs.length;
  const postings = new Map<string, number[]>(); // term → [doc, code, doc, code, …], docs ascending
  const lens: string[] = [];
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const assessments: string[] = [];
  const assessIndex = new Map<string, number>();
  const kindOut: string[] = [];
  const assessOut: string[] = [];
  const hrefs: Record<string, string> = {};
  const aliases: Record<string, string[]> = {};
  const entityByRef = new Map<string, number>();
  docs.forEach((d, i) => {
    if (d.type === 'entity') entityByRef.set(d.id, i);
  });

  // How each plain English-letter term is written: a term never written in lowercase is a name (not stemmed).
  const lowercaseSeen = new Set<string>();
  const capitalSeen = new Set<string>();
  const tf = new Map<string, number[]>();
  const count = (text: string, field: number) => {
    const tokens = tokenize(text);
    for (const t of tokens) {
      let row = tf.get(t.term);
      if (!row) tf.set(t.term, (row = new Array<number>(FIELD_COUNT).fill(0)));
      row[field]! += 1;
      if (!t.compound && isStemmable(t.term) && !lowercaseSeen.has(t.term)) {
        const surface = text.slice(t.start, t.end);
        if (surface === surface.toLowerCase()) lowercaseSeen.add(t.term);
        else capitalSeen.add(t.term);
      }
    }
    return tokens.length;
  };
  const addNameKey = (name: string) => {
    const key = compactKey(name);
    if (key.length < 1) return;
    const term = NAME_KEY_PREFIX + key;
    let row = tf.get(term);
    if (!row) tf.set(term, (row = new Array<number>(FIELD_COUNT).fill(0)));
    row[FIELD.alias] = 1;
  };

  for (let i = 0; i < n; i++) {
    const d = docs[i]!;
    tf.clear();
    const fieldLens = [count(d.title, FIELD.title), 0, count(d.meta, FIELD.meta), count(d.body, FIELD.body)];
    for (const alias of d.aliases) fieldLens[FIELD.alias]! += count(alias, FIELD.alias);
    // Whole-name keys: a query that is exactly a name or alias finds its record first.
    if (d.type === 'entity' || d.type === 'source') {
      if (d.type === 'entity') addNameKey(d.title);
      for (const alias of d.aliases) addNameKey(alias);
    }
    for (const [term, row] of tf) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i, packCode(row));
    }
    for (const l of fieldLens) writeVarint(lens, l);
    writeVarint(kindOut, d.kind ? indexOf(kindIndex, kinds, d.kind) + 1 : 0);
    writeVarint(assessOut, d.assessment ? indexOf(assessIndex, assessments, d.assessment) + 1 : 0);
    if (d.href !== hrefOf(d.type, d.id)) hrefs[i] = d.href;
    if (d.aliases.length > 0) aliases[i] = d.aliases;
  }

  const refsOut: string[] = [];
  for (const d of docs) {
    const targets = [
      ...new Set(d.refs.map((r) => entityByRef.get(r)).filter((x): x is number => x !== undefined)),
    ].sort((a, b) => a - b);
    writeVarint(refsOut, targets.length);
    let prev = 0;
    for (const t of targets) {
      writeVarint(refsOut, t - prev);
      prev = t;
    }
  }

  const terms = [...postings.keys()].sort(compareStrings);
  const post: string[] = [];
  for (const term of terms) {
    const list = postings.get(term)!;
    writeVarint(post, list.length / 2);
    let prev = 0;
    for (let k = 0; k < list.length; k += 2) {
      const doc = list[k]!;
      const code = list[k + 1]!;
      const gap = doc - prev;
      prev = doc;
      if (code === 1) writeVarint(post, gap * 2);
      else {
        writeVarint(post, gap * 2 + 1);
        writeVarint(post, code);
      }
    }
  }

  // A name: never written in lowercase, nor is any other form of it (`Refugee` in "UN Refugee Agency"
  // is a word, because `refugees` is written in lowercase; `ISIS` and `Hamas` are names).
  const lowercaseStems = new Set<string>();
  for (const term of lowercaseSeen) lowercaseStems.add(stemOf(term));
  const names: string[] = [];
  let prevName = 0;
  terms.forEach((term, i) => {
    if (capitalSeen.has(term) && !lowercaseSeen.has(term) && !lowercaseStems.has(stemOf(term))) {
      writeVarint(names, i - prevName);
      prevName = i;
    }
  });

  const shardChars = options.shardChars ?? DEFAULT_SHARD_CHARS;
  const shards: TextShardData[] = [];
  const shardStarts: number[] = [];
  let current: TextShardData | undefined;
  let size = 0;
  for (let i = 0; i < n; i++) {
    const d = docs[i]!;
    const textSize = d.meta.length + d.body.length;
    if (!current || (size > 0 && size + textSize > shardChars)) {
      current = { v: INDEX_VERSION, start: i, docs: [] };
      shards.push(current);
      shardStarts.push(i);
      size = 0;
    }
    current.docs.push([d.meta, d.body]);
    size += textSize;
  }
  // Always at least one shard, so the shard route has a page to export even for an empty corpus.
  if (shards.length === 0) {
    shards.push({ v: INDEX_VERSION, start: 0, docs: [] });
    shardStarts.push(0);
  }
  shardStarts.push(n);

  const index: SearchIndexData = {
    v: INDEX_VERSION,
    n,
    types: docs.map((d) => COLLECTIONS[d.type].searchCode).join(''),
    ids: docs.map((d) => d.id),
    titles: docs.map((d) => d.title),
    kind: kindOut.join(''),
    kinds,
    assess: assessOut.join(''),
    assessments,
    hrefs,
    aliases,
    lens: lens.join(''),
    refs: refsOut.join(''),
    dict: encodeDictionary(terms),
    post: post.join(''),
    shards: shardStarts,
    stemNames: names.join(''),
  };
  const retired = docs.flatMap((d, i) => (d.retired ? [i] : []));
  if (retired.length) index.retired = retired;
  return { index, shards };
}

function indexOf(map: Map<string, number>, list: string[], value: string): number {
  let i = map.get(value);
  if (i === undefined) {
    i = list.length;
    list.push(value);
    map.set(value, i);
  }
  return i;
}

/** Code-unit order, the same in every JavaScript engine (the client binary-searches it). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
