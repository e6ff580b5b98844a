/**
 * Writes each page's JSON-LD block into its exported HTML. Rendered by React instead, the block
 * would be carried twice: once as the script element and once, escaped again, in the page's inline
 * hydration payload (26 KB of a claim page's 98 KB). Structured data is for machines reading the
 * HTML, so the built page is the one place it needs to be. `npm run dev` pages have none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { jsonLdPages, jsonLdScript } from '../model/structured-data';
import type { Emitter } from './emitter';

/** Inserts the blocks before `</head>`; pages another shard builds are skipped. Returns how many were written. */
export function writeJsonLd(dir: string, pages: ReturnType<typeof jsonLdPages>): number {
  let written = 0;
  for (const [href, data] of pages) {
    const file = path.join(dir, href, 'index.html');
    if (!fs.existsSync(file)) continue;
    const html = fs.readFileSync(file, 'utf8');
    const at = html.indexOf('</head>');
    if (at < 0) throw new Error(`${href}: no </head> to put the JSON-LD block before`);
    fs.writeFileSync(file, html.slice(0, at) + jsonLdScript(data) + html.slice(at));
    written++;
  }
  return written;
}

export const jsonLd: Emitter = {
  name: 'JSON-LD',
  site(dir, corpus) {
    return `${writeJsonLd(dir, jsonLdPages(corpus))} pages given their structured data`;
  },
};
