/**
 * The one module pages use to get content. It loads, validates and cross-links `content/` once
 * per process (and again after each edit, in development) and hands out typed collections; pages
 * never touch the file system. Invalid content throws a ContentError listing every problem, so a
 * build can never publish it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './diagnostics';
import { loadContent } from './load';
import { COLLECTIONS } from './schema';
import type { Claim, Corpus, Entity, Report, Source } from './types';

let cached: { corpus: Corpus; stamp: string } | undefined;

export function getCorpus(): Corpus {
  // CORROBORATE_CONTENT_DIR lets tests build the site from fixture content.
  const dir = path.resolve(process.env.CORROBORATE_CONTENT_DIR ?? 'content');
  // `npm run dev` shows content edits without a restart: reload whenever a file has changed.
  const stamp = process.env.NODE_ENV === 'development' ? recentStamp(dir) : '';
  if (cached?.stamp === stamp) return cached.corpus;
  // Paths from the repository root, so each page can link to the file it was built from.
  const result = loadContent(dir, { displayRoot: path.relative(process.cwd(), dir).split(path.sep).join('/') });
  if (!result.corpus) throw new ContentError(result.diagnostics);
  cached = { corpus: result.corpus, stamp };
  return cached.corpus;
}

/**
 * One page render asks for the corpus many times: look at the files at most every 100 ms. A save
 * reaches open pages later than that (scripts/dev.ts waits for the file to settle first).
 */
const STAMP_TTL_MS = 100;
let lastStamp: { value: string; at: number } | undefined;

function recentStamp(dir: string): string {
  const now = Date.now();
  if (!lastStamp || now - lastStamp.at > STAMP_TTL_MS) lastStamp = { value: contentStamp(dir), at: now };
  return lastStamp.value;
}

/** Name, size and modification time of every content file: changes when any file is edited, added or removed. */
function contentStamp(dir: string): string {
  const parts: string[] = [];
  for (const collection of COLLECTIONS) {
    const folder = path.join(dir, collection);
    for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
      const stat = fs.statSync(path.join(folder, name), { throwIfNoEntry: false });
      if (stat) parts.push(`${collection}/${name}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return parts.join('\n');
}

/** Id → document maps, built once per loaded collection (a page looks documents up many times). */
const byId = new WeakMap<object, Map<string, unknown>>();
function find<T extends { id: string }>(list: T[], id: string): T | undefined {
  let index = byId.get(list);
  if (!index) byId.set(list, (index = new Map(list.map((d) => [d.id, d]))));
  return index.get(id) as T | undefined;
}

export const getClaim = (id: string): Claim | undefined => find(getCorpus().claims, id);
export const getSource = (id: string): Source | undefined => find(getCorpus().sources, id);
export const getEntity = (id: string): Entity | undefined => find(getCorpus().entities, id);
export const getReport = (id: string): Report | undefined => find(getCorpus().reports, id);
