/**
 * A cache of checked files (file-check.ts), keyed by what the result depends on: the file's path
 * and text, and the code that checks it. A one-file change re-checks one file; changing the content
 * layer's code invalidates everything. Kept in memory by the dev server, and on disk between runs of
 * `npm run validate` (.build/cache/), where a damaged or foreign file is simply ignored.
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

/** A cache kept in one file; written atomically (a temporary file renamed over the old one). */
export function diskCache(file: string): FileCache {
  let stored = new Map<string, CheckedFile>();
  try {
    const data = v8.deserialize(fs.readFileSync(file)) as { format?: number; entries?: [string, CheckedFile][] };
    if (data.format === FORMAT && Array.isArray(data.entries)) stored = new Map(data.entries);
  } catch {
    // No cache yet, or one this version cannot read: start empty.
  }
  let used = new Map<string, CheckedFile>();
  let changed = false;
  return {
    get(key) {
      const hit = used.get(key) ?? stored.get(key);
      if (hit) used.set(key, hit);
      return hit;
    },
    set(key, value) {
      used.set(key, value);
      changed = true;
    },
    sweep() {
      if (changed || used.size !== stored.size) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, v8.serialize({ format: FORMAT, entries: [...used] }));
        fs.renameSync(tmp, file);
      }
      stored = used;
      used = new Map();
      changed = false;
    },
  };
}
