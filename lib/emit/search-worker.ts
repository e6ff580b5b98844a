/**
 * The search Web Worker, bundled here with esbuild into one classic script at a fixed URL. Next's
 * bundler (Turbopack) does not bundle `new Worker(new URL(…))` reliably: it copied the worker's
 * TypeScript source into the site, the browser could not run it, and search quietly fell back to
 * the main thread. Deterministic: the same source gives the same bytes.
 */
import path from 'node:path';
import { buildSync } from 'esbuild';
import { SEARCH_WORKER_URL } from '../search/codec';
import type { Emitter } from './emitter';

export function bundleSearchWorker(): Uint8Array {
  const result = buildSync({
    entryPoints: [path.join(import.meta.dirname, '../search/search.worker.ts')],
    tsconfig: path.join(import.meta.dirname, '../../tsconfig.json'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0]!.contents;
}

export const searchWorker: Emitter = {
  name: 'Search worker',
  files: () => [{ path: SEARCH_WORKER_URL.slice(1), content: bundleSearchWorker() }],
};
