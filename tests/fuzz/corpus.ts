/**
 * A corpus of generated files the validator accepts, for one real build (tests/build-atomic.test.ts):
 * what the unit-level fuzz suite renders piece by piece is then built by Next, audited as a static
 * host serves it, and opened in Chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { loadContent } from '../../lib/content/load';
import { generatedFile } from './generate';

/** Up to `count` generated files that `base` accepts with each of them added, under distinct names (`<folder>/fuzzed-<n>.mdx`). */
export function acceptedFiles(base: string, count: number, seed: number): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-fuzz-corpus-'));
  const kept: Record<string, string> = {};
  try {
    fs.cpSync(base, dir, { recursive: true });
    for (const candidate of fc.sample(generatedFile, { seed, numRuns: count * 20 })) {
      if (Object.keys(kept).length >= count) break;
      const folder = candidate.path.split('/')[0]!;
      const rel = `${folder}/fuzzed-${Object.keys(kept).length}.mdx`;
      if (!/^(claims|entities|sources|reports)$/.test(folder) || !candidate.path.endsWith('/fuzzed.mdx')) continue;
      fs.writeFileSync(path.join(dir, rel), candidate.text);
      if (loadContent(dir, { today: '2026-11-25' }).corpus) kept[rel] = candidate.text;
      else fs.rmSync(path.join(dir, rel));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return kept;
}
