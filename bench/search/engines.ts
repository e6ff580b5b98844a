/**
 * The engines compared by the search benchmark, behind one interface. All get the same
 * `SearchDocument`s (from `toSearchDocuments`); the libraries also get each record's listed
 * entities' names and aliases as a field, so they see the same alias information that
 * Corroborate's engine reaches through entity references.
 */
import { gzipSync } from 'node:zlib';
import { Document } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { buildSearchIndex } from '@/lib/search/build';
import type { SearchDocument } from '@/lib/search/documents';
import { SearchEngine } from '@/lib/search/engine';
import { TextStore } from '@/lib/search/text-store';

export interface EngineRun {
  name: string;
  config: string;
  /** Builds the index from the documents; returns nothing (timed by the caller). */
  build(docs: readonly SearchDocument[]): void | Promise<void>;
  /** Serialises the index (what a browser would download) and loads it back; returns sizes and load time. */
  serialize(): Promise<{ raw: number; gzip: number; loadMs: number; note?: string }>;
  /** Keys (`type:id`) of the top results. */
  search(query: string, k: number): string[];
}

const key = (d: SearchDocument) => `${d.type}:${d.id}`;

/** Flat records for the libraries: the document plus the names and aliases of the entities it lists. */
interface FlatDoc {
  key: string;
  title: string;
  aliases: string;
  entities: string;
  meta: string;
  body: string;
}

function flatten(docs: readonly SearchDocument[]): FlatDoc[] {
  const names = new Map<string, string>();
  for (const d of docs) if (d.type === 'entity') names.set(d.id, [d.title, ...d.aliases].join(' ; '));
  return docs.map((d) => ({
    key: key(d),
    title: d.title,
    aliases: d.aliases.join(' ; '),
    entities: d.refs.map((r) => names.get(r) ?? '').join(' ; '),
    meta: d.meta,
    body: d.body,
  }));
}

/** Libraries without phrase search get the words without the quotes. */
const unquote = (q: string) => q.replace(/["“”]/g, ' ').trim();

const size = (json: string) => ({ raw: Buffer.byteLength(json), gzip: gzipSync(json, { level: 6 }).length });

export function corroborate(): EngineRun {
  let engine: SearchEngine | undefined;
  let store: TextStore | undefined;
  let built: ReturnType<typeof buildSearchIndex> | undefined;
  return {
    name: 'corroborate',
    config: 'inverted index + fuse.js over the vocabulary',
    build(docs) {
      built = buildSearchIndex(docs);
    },
    async serialize() {
      const json = JSON.stringify(built!.index);
      const shards = built!.shards.map((s) => JSON.stringify(s));
      const t0 = performance.now();
      engine = new SearchEngine(JSON.parse(json));
      engine.warm();
      const loadMs = performance.now() - t0;
      store = new TextStore(engine.shardStarts);
      shards.forEach((s, i) => store!.add(i, JSON.parse(s)));
      const text = shards.reduce(
        (a, s) => ({ raw: a.raw + Buffer.byteLength(s), gzip: a.gzip + gzipSync(s, { level: 6 }).length }),
        { raw: 0, gzip: 0 },
      );
      return {
        ...size(json),
        loadMs,
        note: `+ text shards (fetched per result shown) ${fmtBytes(text.raw)} raw / ${fmtBytes(text.gzip)} gzip in ${shards.length} files`,
      };
    },
    search(query, k) {
      return engine!.search(query, { limit: k }, store).hits.map((h) => `${h.type}:${h.id}`);
    },
  };
}

export function plainFuse(): EngineRun {
  let flat: FlatDoc[] = [];
  let fuse: Fuse<FlatDoc> | undefined;
  const keys = [
    { name: 'title', weight: 3 },
    { name: 'aliases', weight: 3 },
    { name: 'entities', weight: 2 },
    { name: 'meta', weight: 1.5 },
    { name: 'body', weight: 1 },
  ];
  const options = { keys, includeScore: true, ignoreDiacritics: true };
  return {
    name: 'fuse.js',
    config:
      'plain, over documents: keys title/aliases/entities/meta/body, defaults (threshold 0.6, location 0, distance 100)',
    build(docs) {
      flat = flatten(docs);
      fuse = new Fuse(flat, options, Fuse.createIndex(keys, flat));
    },
    async serialize() {
      const json = JSON.stringify({ index: fuse!.getIndex().toJSON(), docs: flat });
      const t0 = performance.now();
      const parsed = JSON.parse(json) as { index: Parameters<typeof Fuse.parseIndex>[0]; docs: FlatDoc[] };
      fuse = new Fuse(parsed.docs, options, Fuse.parseIndex(parsed.index));
      return { ...size(json), loadMs: performance.now() - t0, note: 'index + documents (fuse.js needs both)' };
    },
    search(query, k) {
      return fuse!.search(unquote(query), { limit: k }).map((r) => r.item.key);
    },
  };
}

export function miniSearch(): EngineRun {
  const options = {
    idField: 'key',
    fields: ['title', 'aliases', 'entities', 'meta', 'body'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, aliases: 3, entities: 2, meta: 1.5 } },
  };
  let ms: MiniSearch<FlatDoc> | undefined;
  return {
    name: 'minisearch',
    config: 'prefix + fuzzy 0.2, boosts title/aliases 3, entities 2, meta 1.5',
    build(docs) {
      ms = new MiniSearch<FlatDoc>(options);
      ms.addAll(flatten(docs));
    },
    async serialize() {
      const json = JSON.stringify(ms);
      const t0 = performance.now();
      ms = MiniSearch.loadJSON<FlatDoc>(json, options);
      return { ...size(json), loadMs: performance.now() - t0, note: 'index only; titles for display not included' };
    },
    search(query, k) {
      return ms!
        .search(unquote(query))
        .slice(0, k)
        .map((r) => String(r.id));
    },
  };
}

export function flexSearch(): EngineRun {
  const fields = ['title', 'aliases', 'entities', 'meta', 'body'];
  const make = () =>
    new Document({
      document: { id: 'id', index: fields.map((field) => ({ field, tokenize: 'forward' as const })) },
    });
  let index = make();
  let keys: string[] = [];
  return {
    name: 'flexsearch',
    config: 'Document, tokenize forward, default encoder, suggest',
    build(docs) {
      keys = docs.map(key);
      index = make();
      flatten(docs).forEach((d, i) => index.add({ ...d, id: i }));
    },
    async serialize() {
      const parts: Record<string, string> = {};
      await index.export((k: string | number, data: string) => {
        parts[String(k)] = data;
      });
      const json = JSON.stringify(parts);
      const t0 = performance.now();
      const fresh = make();
      for (const [k, data] of Object.entries(JSON.parse(json) as Record<string, string>)) fresh.import(k, data);
      index = fresh;
      return { ...size(json), loadMs: performance.now() - t0, note: 'index only; titles for display not included' };
    },
    search(query, k) {
      const res = index.search(unquote(query), { limit: k, suggest: true, merge: true }) as unknown as { id: number }[];
      return res.slice(0, k).map((r) => keys[r.id]!);
    },
  };
}

export function fmtBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
