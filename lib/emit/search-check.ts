/**
 * Proves that the search the site ships works: reads the index and every text shard back from the
 * exported site, decodes them exactly as a browser would (lib/search/verify.ts), and asks the engine
 * for documents it must find. A corrupt or unloadable index fails the build instead of reaching
 * readers as "Search is unavailable".
 */
import fs from 'node:fs';
import path from 'node:path';
import { INDEX_URL, type SearchIndexData, textShardUrl } from '../search/codec';
import { verifySearchIndex } from '../search/verify';
import type { Emitter } from './emitter';

export function checkSearch(dir: string): string {
  const read = (url: string) => fs.readFileSync(path.join(dir, url), 'utf8');
  const index = read(INDEX_URL);
  const { shards } = JSON.parse(index) as SearchIndexData;
  const report = verifySearchIndex({ index, shards: shards.slice(0, -1).map((_, i) => read(textShardUrl(i))) });
  return `${report.documents} documents, ${report.terms} terms, ${report.shards} text shards; ${report.checked.length} queries found their documents`;
}

export const searchCheck: Emitter = {
  name: 'Search works',
  site: (dir) => checkSearch(dir),
};
