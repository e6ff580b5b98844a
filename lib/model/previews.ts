/**
 * Link previews: what the card shown on hovering or focusing a link says about its target, and
 * where that data lives. The build writes it (lib/emit/previews.ts) in shards of at most
 * PREVIEW_SHARD_SIZE documents per collection, `/previews/<folder>-<n>.json`; the browser fetches a
 * shard the first time a link into it is previewed, and never again on that page.
 */
import { type CollectionType, collectionOfFolder, COLLECTIONS } from './collections';
import type { Corpus } from './corpus';
import type { Assessment, ClaimStatus, Confidence, EntityKind, Likelihood, Reliability } from './scales';

export interface ClaimPreview {
  title: string;
  assessment: Assessment;
  confidence: Confidence;
  likelihood?: Likelihood;
  kind: string;
  /** "17 November 2021", "2021 – 2022": when the claim is about. */
  asOf: string;
  status?: ClaimStatus;
  due?: true;
}

export interface SourcePreview {
  title: string;
  publisher: string;
  author?: string;
  published?: string;
  reliability: Reliability;
  kind: string;
}

export interface EntityPreview {
  name: string;
  kind: EntityKind;
  kindLabel: string;
  summary: string;
  aliases: string[];
  /** Names in their own script, with their language (rendered right-to-left where the script is). */
  original: { text: string; lang: string }[];
}

export interface ReportPreview {
  title: string;
  publisher: string;
  published?: string;
  profile: Record<Assessment, number>;
  /** Claims superseded or withdrawn since, not in the profile. */
  notCounted: number;
}

export interface PreviewMap {
  claim: ClaimPreview;
  source: SourcePreview;
  entity: EntityPreview;
  report: ReportPreview;
}

export type PreviewShard<T extends CollectionType = CollectionType> = Record<string, PreviewMap[T]>;

/** Documents per shard file: a shard stays around 50 KB (about 12 KB gzipped) however large the corpus. */
export const PREVIEW_SHARD_SIZE = 400;

export type PreviewShards = Record<CollectionType, number>;

export const shardCount = (documents: number): number => Math.max(1, Math.ceil(documents / PREVIEW_SHARD_SIZE));

/** How many shards each collection is split into (the layout hands the same numbers to the browser). */
export function previewShards(corpus: Pick<Corpus, 'claims' | 'sources' | 'entities' | 'reports'>): PreviewShards {
  return {
    claim: shardCount(corpus.claims.length),
    source: shardCount(corpus.sources.length),
    entity: shardCount(corpus.entities.length),
    report: shardCount(corpus.reports.length),
  };
}

/** Which shard holds `id`: FNV-1a over its characters, so the browser finds it with no index. */
export function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

export const previewPath = (type: CollectionType, shard: number): string =>
  `/previews/${COLLECTIONS[type].folder}-${shard}.json`;

/** The collection and id of a link to a document's page (`/claims/<id>/`, with or without a #fragment), if it is one. */
export function previewTarget(pathname: string): { type: CollectionType; id: string } | undefined {
  const m = /^\/([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  const type = m ? collectionOfFolder(m[1]!) : undefined;
  return type && m ? { type, id: m[2]! } : undefined;
}
