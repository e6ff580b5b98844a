import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type LoadOptions, loadContent } from '../../lib/content/load';

export const VALID_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/valid');

/**
 * Builds a temporary content tree: the valid fixture, with `files` (path relative to the content
 * root → text, or null to delete) written over it. Returns the loader's result.
 */
export function loadWith(files: Record<string, string | null>, options: LoadOptions = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-content-'));
  fs.cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(dir, rel);
    if (text === null) fs.rmSync(full, { force: true });
    else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, text);
    }
  }
  try {
    return loadContent(dir, { today: '2026-11-25', ...options });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The valid fixture's file text, for tests that change one line of it. */
export function fixture(rel: string): string {
  return fs.readFileSync(path.join(VALID_FIXTURE, rel), 'utf8');
}
