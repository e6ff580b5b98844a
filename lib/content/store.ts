/**
 * The one module pages use to get content. It hands out the linked corpus and nothing else; pages
 * never touch the file system, and never look an id up except the one in their own URL.
 *
 * In a build, `scripts/build.ts` validates and links `content/` once, with its git facts, and
 * writes the corpus as a snapshot (CORROBORATE_CORPUS); every page of every build worker reads
 * that file instead of loading the content again. Without a snapshot (`npm run dev`, tests), the
 * content is loaded here, and in development again after each edit. Invalid content throws a
 * ContentError listing every problem, so it can never be published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_TYPES, COLLECTIONS } from '../model/collections';
import type { Claim, Corpus, Entity, Report, Source } from '../model/corpus';
import { memoryCache } from './cache';
import { ContentError } from './diagnostics';
import { buildDate, headCommit } from './build-info';
import { gitFacts } from './git';
import { loadContent } from './load';

/** The snapshot format: the corpus as JSON, with a version so a stale file is never misread. */
export const SNAPSHOT_VERSION = 1;

let cached: { corpus: Corpus; stamp: string } | undefined;

export interface Clock {
  now(): number;
}
let clock: Clock = Date;
/** Tests replace the clock that paces file checks in development. */
export function setClock(next: Clock): void {
  clock = next;
  lastStamp = undefined;
}

export function getCorpus(): Corpus {
  const snapshot = process.env.CORROBORATE_CORPUS;
  if (snapshot) {
    if (!cached) cached = { corpus: readSnapshot(snapshot), stamp: '' };
    return cached.corpus;
  }
  // CORROBORATE_CONTENT_DIR lets tests build the site from fixture content.
  const dir = path.resolve(process.env.CORROBORATE_CONTENT_DIR ?? 'content');
  // `npm run dev` shows content edits without a restart: reload whenever a file has changed.
  const stamp = process.env.NODE_ENV === 'development' ? recentStamp(dir) : '';
  if (cached?.stamp === stamp) return cached.corpus;
  cached = { corpus: loadCorpus(dir), stamp };
  return cached.corpus;
}

/** In development, files already checked are not checked again after an edit elsewhere. */
const devCache = process.env.NODE_ENV === 'development' ? memoryCache() : undefined;
/** Git facts are read once per process (history only changes when you commit; restart `npm run dev` to see new commits). */
let facts: ReturnType<typeof gitFacts> | undefined;

/** Loads, validates and links a content folder with the repository's git facts; throws on any error. */
export function loadCorpus(dir: string): Corpus {
  // Paths from the repository root, so each page can link to the file it was built from.
  const result = loadContent(dir, { displayRoot: path.relative(process.cwd(), dir).split(path.sep).join('/'), facts: (facts ??= gitFacts(process.cwd())), cache: devCache, today: buildDate(), commit: headCommit(process.cwd()) });
  if (!result.corpus) throw new ContentError(result.diagnostics);
  return result.corpus;
}

export function writeSnapshot(file: string, corpus: Corpus): void {
  fs.writeFileSync(file, JSON.stringify({ v: SNAPSHOT_VERSION, corpus }));
}

export function readSnapshot(file: string): Corpus {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { v?: number; corpus?: Corpus };
  if (data.v !== SNAPSHOT_VERSION || !data.corpus) throw new Error(`${file} is not a corpus snapshot of version ${SNAPSHOT_VERSION}: run npm run build`);
  return data.corpus;
}

/**
 * One page render asks for the corpus many times: look at the files at most every 100 ms. A save
 * reaches open pages later than that (scripts/dev.ts waits for the file to settle first).
 */
export const STAMP_TTL_MS = 100;
let lastStamp: { value: string; at: number } | undefined;

function recentStamp(dir: string): string {
  const now = clock.now();
  if (!lastStamp || now - lastStamp.at > STAMP_TTL_MS) lastStamp = { value: contentStamp(dir), at: now };
  return lastStamp.value;
}

/** Name, size and modification time of every content file: changes when any file is edited, added or removed. */
function contentStamp(dir: string): string {
  const parts: string[] = [];
  for (const type of COLLECTION_TYPES) {
    const { folder } = COLLECTIONS[type];
    const full = path.join(dir, folder);
    for (const name of fs.existsSync(full) ? fs.readdirSync(full) : []) {
      const stat = fs.statSync(path.join(full, name), { throwIfNoEntry: false });
      if (stat) parts.push(`${folder}/${name}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return parts.join('\n');
}

/** Id → document maps, built once per loaded collection. */
const byId = new WeakMap<object, Map<string, unknown>>();
function find<T extends { id: string }>(list: T[], id: string): T | undefined {
  let index = byId.get(list);
  if (!index) byId.set(list, (index = new Map(list.map((d) => [d.id, d]))));
  return index.get(id) as T | undefined;
}

/** The document whose page is being built: the one lookup by id a page makes, from its URL. */
export const getClaim = (id: string): Claim | undefined => find(getCorpus().claims, id);
export const getSource = (id: string): Source | undefined => find(getCorpus().sources, id);
export const getEntity = (id: string): Entity | undefined => find(getCorpus().entities, id);
export const getReport = (id: string): Report | undefined => find(getCorpus().reports, id);

/** The comparison of two reports, in either order. */
export function getComparison(a: string, b: string) {
  const [x, y] = a < b ? [a, b] : [b, a];
  return getCorpus().comparisons.find((c) => c.a.id === x && c.b.id === y);
}

/**
 * The part of a collection this build makes pages for. `npm run build -- --shard k/n` sets
 * CORROBORATE_SHARD: each document goes to one shard by a hash of its id, so n builds on n machines
 * make every detail page once, and `--merge` puts them together.
 */
export function forThisShard<T extends { id: string }>(list: T[]): T[] {
  const shard = /^(\d+)\/(\d+)$/.exec(process.env.CORROBORATE_SHARD ?? '');
  if (!shard) return list;
  const [k, n] = [Number(shard[1]), Number(shard[2])];
  return list.filter((d) => shardOf(d.id, n) === k - 1);
}

/** FNV-1a of the id, modulo the number of shards: stable across machines and runs. */
export function shardOf(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % shards;
}
