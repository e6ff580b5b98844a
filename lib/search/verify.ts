/**
 * Checks a built search index the way a reader's browser will use it: serialises the index and
 * every text shard to JSON, parses them back, loads them with the client's own classes and answers
 * queries. The build calls this after writing the index, so a corrupt or dead search fails the
 * build instead of shipping ("Search is unavailable" for every reader).
 */
import type { BuiltIndex } from './build';
import { SearchEngine } from './engine';
import type { SearchIndexData, TextShardData } from './codec';
import { tokenize } from './normalize';
import { TextStore } from './text-store';

/** The index as serialised: JSON text (what `/search-index.json` and `/search/text/<n>.json` serve). */
export interface SerializedIndex {
  index: string;
  shards: readonly string[];
}

export interface VerifyReport {
  documents: number;
  terms: number;
  shards: number;
  /** The queries answered, each with the document it had to find. */
  checked: { query: string; expected: string }[];
}

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(`search index check failed: ${message}`);
    this.name = 'SearchIndexError';
  }
}

/** How many documents are looked up by their own title (spread over the index). */
const SAMPLE = 8;
/** A title word in more documents than this is not used as a check (its document may be past the first page). */
const MAX_DF = 100;

/**
 * Decodes the serialised index and shards exactly as the client does and answers queries: for a
 * few documents spread over the index, a word of the title must find that document in the top
 * results with its text loaded. Throws a SearchIndexError saying what failed; returns what was checked.
 */
export function verifySearchIndex(built: BuiltIndex | SerializedIndex): VerifyReport {
  const serialized: SerializedIndex =
    typeof (built as SerializedIndex).index === 'string'
      ? (built as SerializedIndex)
      : {
          index: JSON.stringify((built as BuiltIndex).index),
          shards: (built as BuiltIndex).shards.map((s) => JSON.stringify(s)),
        };

  let engine: SearchEngine;
  try {
    engine = new SearchEngine(JSON.parse(serialized.index) as SearchIndexData);
    engine.warm();
  } catch (e) {
    throw new SearchIndexError(`the index does not load: ${(e as Error).message}`);
  }
  const shardCount = engine.shardStarts.length - 1;
  if (serialized.shards.length !== shardCount)
    throw new SearchIndexError(`the index names ${shardCount} text shards, ${serialized.shards.length} were written`);
  const store = new TextStore(engine.shardStarts);
  serialized.shards.forEach((text, i) => {
    let shard: TextShardData;
    try {
      shard = JSON.parse(text) as TextShardData;
    } catch (e) {
      throw new SearchIndexError(`text shard ${i} is not JSON: ${(e as Error).message}`);
    }
    const expected = engine.shardStarts[i + 1]! - engine.shardStarts[i]!;
    if (shard.start !== engine.shardStarts[i] || !Array.isArray(shard.docs) || shard.docs.length !== expected) {
      throw new SearchIndexError(
        `text shard ${i} does not hold documents ${engine.shardStarts[i]}–${engine.shardStarts[i + 1]! - 1}`,
      );
    }
    store.add(i, shard);
  });

  const report: VerifyReport = { documents: engine.n, terms: engine.vocabularySize, shards: shardCount, checked: [] };
  // A few documents spread over the index (then any), each looked up by the rarest word of its title.
  const step = Math.max(1, Math.floor(engine.n / SAMPLE));
  const order = [
    ...Array.from({ length: Math.ceil(engine.n / step) }, (_, k) => k * step),
    ...Array.from({ length: engine.n }, (_, d) => d),
  ];
  const tried = new Set<number>();
  for (const d of order) {
    if (report.checked.length >= SAMPLE || (report.checked.length > 0 && tried.size >= SAMPLE * 4)) break;
    if (tried.has(d) || d >= engine.n) continue;
    tried.add(d);
    const words = [...new Set(tokenize(engine.titles[d]!).map((t) => t.term))];
    if (words.length === 0) continue;
    const query = words.sort(
      (a, b) => engine.documentFrequency(a) - engine.documentFrequency(b) || (a < b ? -1 : 1),
    )[0]!;
    if (engine.documentFrequency(query) > MAX_DF) continue; // too common to expect this document in one page
    const expected = `${engine.types[d]}:${engine.ids[d]}`;
    let found = false;
    try {
      const response = engine.search(`"${query}"`, { limit: MAX_DF }, store);
      found = response.hits.some((h) => h.doc === d);
      if (response.missingText.length > 0)
        throw new Error(`text shards missing for documents ${response.missingText.slice(0, 5).join(', ')}`);
    } catch (e) {
      throw new SearchIndexError(`the query ${JSON.stringify(query)} failed: ${(e as Error).message}`);
    }
    if (!found)
      throw new SearchIndexError(
        `the query ${JSON.stringify(query)} does not find ${expected}, whose title contains it`,
      );
    report.checked.push({ query, expected });
  }
  if (engine.n > 0 && report.checked.length === 0)
    throw new SearchIndexError('no document could be found by a word of its title');
  return report;
}
