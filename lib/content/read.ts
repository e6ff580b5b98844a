/**
 * Stage 1: find the content files and read them as text. Only `<collection>/<id>.mdx` files are
 * read; anything else in the tree (stray files, folders, symbolic links, a collection folder that
 * is a symbolic link, names that are not ids or that Windows reserves, oversized or non-UTF-8
 * files) is reported and skipped. Names beginning with a dot are skipped with a warning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_TYPES, COLLECTIONS, type CollectionType, collectionOfFolder } from '../model/collections';
import { PAGE_SEGMENT } from '../model/paging';
import { ID_PATTERN, MAX_ID_LENGTH, RESERVED_IDS } from '../model/patterns';
import { suggestion } from './diagnostics';
import type { Existing, Reporter } from './entries';

export const MAX_FILE_BYTES = 256 * 1024;

export interface RawFile {
  type: CollectionType;
  id: string;
  /** Path for diagnostics, e.g. `content/claims/x.mdx`. */
  file: string;
  text: string;
}

export interface ReadResult {
  files: RawFile[];
  existing: Existing;
  /** How many `.mdx` files were found (read or not). */
  count: number;
}

/** A file name with its invisible characters spelled out, so a diagnostic cannot be disguised by the name it reports. */
export function visible(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

export function readContentTree(contentDir: string, displayRoot: string, report: Reporter): ReadResult {
  const existing = Object.fromEntries(COLLECTION_TYPES.map((t) => [t, new Set<string>()])) as Existing;
  const files: RawFile[] = [];
  let count = 0;
  const folders = COLLECTION_TYPES.map((t) => COLLECTIONS[t].folder);

  if (!fs.existsSync(contentDir)) {
    report.error({ file: displayRoot, line: 1, col: 1, field: 'file', message: `the content folder ${displayRoot}/ does not exist`, rule: 'file/missing' });
    return { files, existing, count };
  }
  /** Hidden names are never read: say so, so that a file is never left out without a word. */
  const hidden = (rel: string, name: string) =>
    report.warn({ file: rel, line: 1, col: 1, field: 'file', message: `"${visible(name)}" is skipped: names beginning with "." are never read. If it is content, rename it without the dot; otherwise delete it`, rule: 'file/hidden' });
  for (const name of fs.readdirSync(contentDir).sort()) {
    if (name.startsWith('.')) {
      hidden(`${displayRoot}/${visible(name)}`, name);
      continue;
    }
    if (collectionOfFolder(name) && fs.lstatSync(path.join(contentDir, name)).isSymbolicLink()) {
      // A linked folder would pull in files from anywhere on the machine, outside what the pull request shows.
      report.error({ file: `${displayRoot}/${name}`, line: 1, col: 1, field: 'file', message: `${displayRoot}/${name} is a symbolic link: a collection folder must be a real folder, committed with its files`, rule: 'file/symlink' });
      continue;
    }
    if (!collectionOfFolder(name) || !fs.statSync(path.join(contentDir, name)).isDirectory()) {
      report.error({ file: `${displayRoot}/${name}`, line: 1, col: 1, field: 'file', message: `unexpected "${name}" in ${displayRoot}/: it holds only the folders ${folders.join(', ')}.${suggestion(name, folders)}`, rule: 'file/unexpected' });
    }
  }

  for (const type of COLLECTION_TYPES) {
    const folder = COLLECTIONS[type].folder;
    const dir = path.join(contentDir, folder);
    if (!fs.existsSync(dir) || fs.lstatSync(dir).isSymbolicLink()) continue;
    const seenIds = new Map<string, string>();
    const names = fs.readdirSync(dir).sort();
    const nameSet = new Set(names);
    for (const name of names) {
      const rel = `${displayRoot}/${folder}/${visible(name)}`;
      if (name.startsWith('.')) {
        hidden(rel, name);
        continue;
      }
      const full = path.join(dir, name);
      const at1 = { file: rel, line: 1, col: 1, field: 'file' };
      const stat = fs.lstatSync(full);
      if (stat.isSymbolicLink()) {
        report.error({ ...at1, message: 'symbolic links are not allowed in content: commit the file itself', rule: 'file/symlink' });
        continue;
      }
      if (stat.isDirectory()) {
        report.error({ ...at1, message: `folders are not allowed inside ${displayRoot}/${folder}/: move the files up one level`, rule: 'file/unexpected' });
        continue;
      }
      if (!name.endsWith('.mdx')) {
        report.error({ ...at1, message: `only .mdx files belong in ${displayRoot}/${folder}/ (rename it to ${name.replace(/\.[^.]*$/, '')}.mdx or move it out)`, rule: 'file/extension' });
        continue;
      }
      count++;
      const id = name.slice(0, -4);
      if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) {
        const fixed = id
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, MAX_ID_LENGTH);
        // "Sample-Group.mdx" beside "sample-group.mdx" is one page on a case-insensitive disk or host,
        // and "sample-group\u200B.mdx" a disguised copy of it: call it a duplicate, not a rename.
        const twin = [`${id.normalize('NFKC').toLowerCase()}.mdx`, `${fixed}.mdx`].find((other) => other !== name && nameSet.has(other));
        if (twin) {
          report.error({ ...at1, field: 'id', message: `duplicate id: "${visible(name)}" is the same id as ${displayRoot}/${folder}/${twin} once case, accents, Unicode forms and invisible characters are set aside: keep one file`, rule: 'id/duplicate' });
          continue;
        }
        report.error({ ...at1, field: 'id', message: `the file name "${visible(name)}" is not a valid id: ids are kebab-case ASCII (a–z, 0–9, single hyphens), at most ${MAX_ID_LENGTH} characters${fixed ? `; rename it to ${fixed}.mdx` : ''}`, rule: 'file/id' });
        continue;
      }
      if (RESERVED_IDS.has(id)) {
        existing[type].add(id);
        report.error({ ...at1, field: 'id', message: `"${id}" is a device name that Windows reserves (con, prn, aux, nul, com1–com9, lpt1–lpt9): no file can have it there, so the repository would not check out. Rename the file to an id that says what it is`, rule: 'file/id-reserved' });
        continue;
      }
      if (id === PAGE_SEGMENT) {
        existing[type].add(id);
        report.error({ ...at1, field: 'id', message: `"${id}" is the address of the ${folder} index's later pages (/${folder}/${PAGE_SEGMENT}/2/), so a document with this id would have no page of its own. Rename the file to an id that says what it is`, rule: 'file/id-reserved' });
        continue;
      }
      const folded = id.normalize('NFKC').toLowerCase();
      const clash = seenIds.get(folded);
      if (clash) {
        report.error({ ...at1, field: 'id', message: `duplicate id: "${id}" is the same id as ${clash}`, rule: 'id/duplicate' });
        continue;
      }
      seenIds.set(folded, rel);
      existing[type].add(id);
      if (stat.size > MAX_FILE_BYTES) {
        report.error({ ...at1, message: `the file is ${Math.round(stat.size / 1024)} KB; the limit is ${MAX_FILE_BYTES / 1024} KB: split it`, rule: 'file/too-large' });
        continue;
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(full));
      } catch {
        report.error({ ...at1, message: 'the file is not valid UTF-8 text: save it as UTF-8', rule: 'file/encoding' });
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      files.push({ type, id, file: rel, text });
    }
  }
  return { files, existing, count };
}
