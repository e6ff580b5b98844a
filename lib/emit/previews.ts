/**
 * The data of link previews (lib/model/previews.ts): per collection, the few fields a preview
 * card shows, in shards the browser fetches lazily, the first time a link into one is previewed.
 */
import { COLLECTION_TYPES, type CollectionType } from '../model/collections';
import type { Corpus } from '../model/corpus';
import { formatAsOf } from '../model/format';
import { type PreviewMap, previewPath, type PreviewShard, previewShards, shardOf } from '../model/previews';
import { CLAIM_KIND, ENTITY_KIND, PLACE_TYPE, SOURCE_KIND } from '../model/scales';
import type { EmittedFile, Emitter } from './emitter';

/** Every document's preview, by collection and id. */
export function previewsOf(corpus: Corpus): { [T in CollectionType]: [string, PreviewMap[T]][] } {
  return {
    claim: corpus.claims.map((c) => [
      c.id,
      {
        title: c.displayTitle,
        assessment: c.assessment,
        confidence: c.confidence,
        ...(c.likelihood ? { likelihood: c.likelihood } : {}),
        kind: CLAIM_KIND.get(c.kind).label,
        asOf: formatAsOf(c.as_of),
        ...(c.status ? { status: c.status } : {}),
        ...(c.dueForReview ? { due: true as const } : {}),
      },
    ]),
    source: corpus.sources.map((s) => [
      s.id,
      {
        title: s.title,
        publisher: s.publisher,
        ...(s.author ? { author: s.author } : {}),
        ...(s.published ? { published: s.published } : {}),
        reliability: s.reliability,
        kind: SOURCE_KIND.get(s.kind).label,
      },
    ]),
    entity: corpus.entities.map((e) => [
      e.id,
      {
        name: e.name,
        kind: e.kind,
        kindLabel: e.place_type ? PLACE_TYPE.get(e.place_type).label : ENTITY_KIND.get(e.kind).label,
        summary: e.summary,
        aliases: e.aliases,
        original: e.original_names.map((n) => ({ text: n.text, lang: n.lang })),
      },
    ]),
    report: corpus.reports.map((r) => [
      r.id,
      {
        title: r.title,
        publisher: r.publisher,
        ...(r.published ? { published: r.published } : {}),
        profile: r.profile,
        notCounted: r.notCounted,
      },
    ]),
  };
}

export const previews: Emitter = {
  name: 'Link previews',
  files(corpus) {
    const shards = previewShards(corpus);
    const all = previewsOf(corpus);
    const files: EmittedFile[] = [];
    for (const type of COLLECTION_TYPES) {
      const parts: PreviewShard[] = Array.from({ length: shards[type] }, () => ({}));
      for (const [id, preview] of all[type]) parts[shardOf(id, shards[type])]![id] = preview;
      parts.forEach((part, i) => files.push({ path: previewPath(type, i).slice(1), content: JSON.stringify(part) }));
    }
    return files;
  },
};
