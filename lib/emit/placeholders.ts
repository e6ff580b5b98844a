/** Removes the pages of dynamic routes that had nothing to show (see PLACEHOLDER_ID): no reader should meet them. */
import fs from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER_ID } from '../model/site';
import type { Emitter } from './emitter';

export function removePlaceholders(dir: string): string[] {
  const removed: string[] = [];
  const walk = (folder: string) => {
    for (const e of fs.readdirSync(folder, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === '_next') continue;
      const full = path.join(folder, e.name);
      if (e.name === PLACEHOLDER_ID) {
        fs.rmSync(full, { recursive: true, force: true });
        removed.push(path.relative(dir, full).split(path.sep).join('/'));
      } else walk(full);
    }
  };
  walk(dir);
  // Next also writes each page's payload beside its folder, named after the segments (`__next.reports.-.…txt`).
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.txt') && e.name.split('.').includes(PLACEHOLDER_ID))
      fs.rmSync(path.join(e.parentPath, e.name));
  }
  return removed;
}

export const placeholders: Emitter = {
  name: 'Empty routes',
  site(dir) {
    const removed = removePlaceholders(dir);
    return removed.length ? `removed the placeholder pages of ${removed.join(', ')}` : 'none';
  },
};
