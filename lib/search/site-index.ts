/**
 * The site's search index, built once per build process from the validated content and shared
 * by the index route and the text-shard routes.
 */
import { getCorpus } from '@/lib/content';
import { type BuiltIndex, buildSearchIndex } from './build';
import { toSearchDocuments } from './documents';

let cached: { corpus: unknown; built: BuiltIndex } | undefined;

export function getSiteSearchIndex(): BuiltIndex {
  const corpus = getCorpus();
  if (cached?.corpus !== corpus) cached = { corpus, built: buildSearchIndex(toSearchDocuments(corpus)) };
  return cached.built;
}
