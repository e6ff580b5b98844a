/** The search index and its text shards, fetched by the browser on first search. */
import { buildSearchIndex } from '../search/build';
import { INDEX_URL, textShardUrl } from '../search/codec';
import { toSearchDocuments } from '../search/documents';
import type { Emitter } from './emitter';

const sitePath = (url: string) => url.replace(/^\//, '');

export const searchIndex: Emitter = {
  name: 'Search index',
  files(corpus) {
    const { index, shards } = buildSearchIndex(toSearchDocuments(corpus));
    return [
      { path: sitePath(INDEX_URL), content: JSON.stringify(index) },
      ...shards.map((shard, i) => ({ path: sitePath(textShardUrl(i)), content: JSON.stringify(shard) })),
    ];
  },
};
