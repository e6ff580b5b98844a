/**
 * Proves that the search the site ships works: reads the index and a text shard back from the
 * exported site exactly as a browser would, and asks the engine for a document it must find. A
 * corrupt or unloadable index fails the build instead of reaching readers as "Search is unavailable".
 */
import fs from 'node:fs';
import path from 'node:path';
import { INDEX_URL, type SearchIndexData, shardOfDoc, type TextShardData, textShardUrl } from '../search/codec';
import { SearchEngine } from '../search/engine';
import { tokenize } from '../search/normalize';
import type { Emitter } from './emitter';

const read = <T>(dir: string, url: string): T => JSON.parse(fs.readFileSync(path.join(dir, url), 'utf8')) as T;

export function checkSearch(dir: string): string {
  const data = read<SearchIndexData>(dir, INDEX_URL);
  const engine = new SearchEngine(data);
  if (data.n === 0) return 'empty index';
  // Every shard must load and cover the documents it claims to.
  for (let shard = 0; shard < data.shards.length - 1; shard++) {
    const text = read<TextShardData>(dir, textShardUrl(shard));
    if (text.start !== data.shards[shard] || text.docs.length !== data.shards[shard + 1]! - text.start) throw new Error(`text shard ${shard} does not match the index`);
  }
  // A word of the first titled document must find it.
  const doc = data.titles.findIndex((t) => tokenize(t).length > 0);
  const word = doc < 0 ? undefined : tokenize(data.titles[doc]!)[0]!.term;
  if (word === undefined) return `${data.n} documents, no title to query`;
  const hits = engine.search(word, { limit: data.n }).hits;
  if (!hits.some((h) => h.id === data.ids[doc])) throw new Error(`searching for "${word}" does not find "${data.titles[doc]}"`);
  read<TextShardData>(dir, textShardUrl(shardOfDoc(data.shards, doc)));
  return `${data.n} documents, ${data.shards.length - 1} text shards; "${word}" finds its document`;
}

export const searchCheck: Emitter = {
  name: 'Search works',
  site: (dir) => checkSearch(dir),
};
