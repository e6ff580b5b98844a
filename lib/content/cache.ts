/**
 * A cache of checked files (file-check.ts), keyed by what the result depends on: the file's path
 * and text, and the code that checks it. A one-file change re-checks one file; changing the content
 * layer's code invalidates everything. Kept in memory by the dev server, and on disk between runs of
 * `npm run validate` (.build/cache/validate/), where a damaged or foreign shard is simply ignored.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { CheckedFile } from './file-check';

export interface FileCache {
  get(key: string): CheckedFile | undefined;
  set(key: string, value: CheckedFile): void;
  /** Forgets keys not used since the last `sweep`, and writes the cache out (on disk). */
  sweep(): void;
}

const FORMAT = 1;

/** A fingerprint of the code the result depends on: the content layer and the model, as they are on disk. */
function codeVersion(): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\0${process.version}\0`);
  for (const folder of ['lib/content', 'lib/model']) {
    const dir = path.resolve(folder);
    if (!fs.existsSync(dir)) return `unknown-${Math.random()}`;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      hash.update(name).update('\0').update(fs.readFileSync(path.join(dir, name))).update('\0');
    }
  }
  return hash.digest('hex');
}

let version: string | undefined;

export function cacheKey(type: string, file: string, text: string): string {
  version ??= codeVersion();
  return createHash('sha256').update(version).update('\0').update(type).update('\0').update(file).update('\0').update(text).digest('base64url');
}

export function memoryCache(): FileCache {
  let entries = new Map<string, CheckedFile>();
  let used = new Set<string>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (hit) used.add(key);
      return hit;
    },
    set(key, value) {
      entries.set(key, value);
      used.add(key);
    },
    sweep() {
      entries = new Map([...entries].filter(([k]) => used.has(k)));
      used = new Set();
    },
  };
}

/**
 * A cache kept on disk in one folder, split into 64 shard files by the first character of the key
 * (base64url), so that a one-file change rewrites the one or two shards whose entries changed, not
 * the whole cache (at 10,000 claims the cache is ~100 MB: writing all of it took longer than
 * checking the changed file). Each shard is written atomically (a temporary file renamed over the
 * old one); a damaged or foreign shard is ignored, and its files are checked again.
 */
export function diskCache(dir: string): FileCache {
  const shardOf = (key: string) => key.charAt(0);
  const shardFile = (shard: string) => path.join(dir, `${shard.charCodeAt(0).toString(16)}.bin`);
  const stored = new Map<string, Map<string, CheckedFile>>();
  const read = (shard: string): Map<string, CheckedFile> => {
    let entries = stored.get(shard);
    if (entries) return entries;
    entries = new Map();
    try {
      const data = v8.deserialize(fs.readFileSync(shardFile(shard))) as { format?: number; entries?: [string, CheckedFile][] };
      if (data.format === FORMAT && Array.isArray(data.entries)) entries = new Map(data.entries);
    } catch {
      // No shard yet, or one this version cannot read: start it empty.
    }
    stored.set(shard, entries);
    return entries;
  };
  let used = new Map<string, Map<string, CheckedFile>>();
  let dirty = new Set<string>();
  const markUsed = (key: string, value: CheckedFile) => {
    const shard = shardOf(key);
    let entries = used.get(shard);
    if (!entries) used.set(shard, (entries = new Map()));
    entries.set(key, value);
  };
  return {
    get(key) {
      const hit = read(shardOf(key)).get(key);
      if (hit) markUsed(key, hit);
      return hit;
    },
    set(key, value) {
      read(shardOf(key));
      markUsed(key, value);
      dirty.add(shardOf(key));
    },
    sweep() {
      fs.mkdirSync(dir, { recursive: true });
      for (const [shard, entries] of stored) {
        const kept = used.get(shard) ?? new Map<string, CheckedFile>();
        // Unchanged: every stored entry was used again and none was added.
        if (!dirty.has(shard) && kept.size === entries.size) continue;
        const tmp = `${shardFile(shard)}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, v8.serialize({ format: FORMAT, entries: [...kept] }));
        fs.renameSync(tmp, shardFile(shard));
      }
      // A shard no key of this run falls in holds only files that are gone.
      for (const name of fs.readdirSync(dir)) {
        const m = /^([0-9a-f]+)\.bin$/.exec(name);
        if (m && !stored.has(String.fromCharCode(parseInt(m[1]!, 16)))) fs.rmSync(path.join(dir, name), { force: true });
      }
      stored.clear();
      for (const [shard, entries] of used) stored.set(shard, entries);
      used = new Map();
      dirty = new Set();
    },
  };
}
