/**
 * Removes Next's client-navigation payloads from the export. For every page, Next writes the
 * rendered tree three more times beside the HTML (`index.txt`, `__next._full.txt`, and per segment
 * `__next.<segments>.txt`, plus `__next._tree.txt`) for client-side navigation. This site navigates
 * with plain links (components/link.tsx): each page is complete in its HTML, whose own inline
 * payload hydrates it, so those files would never be fetched and only multiply the site's size.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Emitter } from './emitter';

/** Whether a file in the export is a client-navigation payload (and not, say, a plain-text download). */
export function isNavigationPayload(dir: string, rel: string): boolean {
  const name = path.basename(rel);
  if (/^__next\..+\.txt$/.test(name)) return true;
  return name === 'index.txt' && fs.existsSync(path.join(dir, path.dirname(rel), 'index.html'));
}

export function removeNavigationPayloads(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (path.relative(dir, full).startsWith('_next')) continue;
    if (!isNavigationPayload(dir, path.relative(dir, full))) continue;
    bytes += fs.statSync(full).size;
    fs.rmSync(full);
    files++;
  }
  return { files, bytes };
}

export const navigationPayloads: Emitter = {
  name: 'Navigation payloads',
  site(dir) {
    const { files, bytes } = removeNavigationPayloads(dir);
    return `${files} payload files removed (${(bytes / 2 ** 20).toFixed(1)} MB): pages are linked with plain <a>`;
  },
};
