/**
 * Stages 2–4 for one file: front matter, schema, text check and body check. The result depends on
 * nothing but the file's own text, so it is plain data that a cache may keep from one run to the
 * next (cache.ts), keyed by the file's content and the code that checks it.
 */
import { COLLECTION_FILES } from '../model/collection-files';
import { COLLECTIONS, type CollectionType } from '../model/collections';
import type { BodyNode } from '../model/corpus';
import { checkMdx, type Link, type MdxSpan } from './body';
import type { Diagnostic } from './diagnostics';
import { createReporter, type Entry, formatPath } from './entries';
import { parseContentFile, type ParsedFile } from './frontmatter';
import { duplicateRule } from './rules';
import { schemaDiagnostics } from './schema-diagnostics';
import { textDiagnostics } from './text-check';

/** A valid file, as plain data. */
export interface CheckedEntry {
  id: string;
  file: string;
  type: CollectionType;
  data: unknown;
  /** Line and column of every front-matter path (`evidence[2].source`), and of the body. */
  positions: Record<string, [number, number]>;
  bodyLine: number;
  tree: BodyNode;
  plainText: string;
  spans: MdxSpan[];
  links: Link[];
  paragraphs: string[];
}

export interface CheckedFile {
  diagnostics: Diagnostic[];
  /** Absent when the file is invalid on its own. */
  entry?: CheckedEntry;
}

/** The lists a file may not repeat a value in. */
const UNIQUE_LISTS = ['entities', 'places', 'tags', 'aliases'] as const;

/** Every path of the front matter with its position, so positions survive without the parsed YAML. */
function positionTable(parsed: ParsedFile, data: unknown): Record<string, [number, number]> {
  const table: Record<string, [number, number]> = {};
  const walk = (value: unknown, path: PropertyKey[]) => {
    const at = parsed.locate(path);
    table[formatPath(path)] = [at.line, at.col];
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return table;
}

export function checkFile(type: CollectionType, id: string, file: string, text: string): CheckedFile {
  const parsed = parseContentFile(file, text);
  const diagnostics = [...parsed.diagnostics];
  if (parsed.data === undefined) return { diagnostics };
  if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    diagnostics.push({ file, line: 2, col: 1, field: 'front matter', message: 'the front matter must be a map of "field: value" lines', rule: 'schema/type', severity: 'error' });
    return { diagnostics };
  }
  const result = COLLECTION_FILES[type].schema.safeParse(parsed.data);
  diagnostics.push(...textDiagnostics(file, parsed, parsed.data));
  const body = checkMdx(file, COLLECTIONS[type].folder, parsed.body, parsed.bodyLine);
  diagnostics.push(...body.diagnostics);
  if (!result.success) {
    diagnostics.push(...schemaDiagnostics(file, type, parsed, result.error.issues));
    return { diagnostics };
  }
  const entry: CheckedEntry = {
    id,
    file,
    type,
    data: result.data,
    positions: positionTable(parsed, result.data),
    bodyLine: parsed.bodyLine,
    tree: body.tree,
    plainText: body.plainText,
    spans: body.spans,
    links: body.internalLinks,
    paragraphs: body.paragraphs,
  };
  const report = createReporter();
  const lists = result.data as Partial<Record<(typeof UNIQUE_LISTS)[number], string[]>> & { related?: { claim: string }[] };
  const asEntry = toEntry(entry);
  for (const key of UNIQUE_LISTS) if (lists[key]) duplicateRule(asEntry, report, [key], lists[key]);
  if (lists.related) duplicateRule(asEntry, report, ['related'], lists.related.map((r) => r.claim));
  diagnostics.push(...report.all);
  return { diagnostics, entry };
}

/** The entry the later stages work with: positions answered from the table, nearest existing parent first. */
export function toEntry(c: CheckedEntry): Entry<unknown> {
  const locate = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const hit = c.positions[formatPath(path.slice(0, n))];
      if (hit) return { line: hit[0], col: hit[1] };
    }
    return { line: 1, col: 1 };
  };
  return {
    id: c.id,
    file: c.file,
    data: c.data,
    parsed: { data: c.data, body: '', bodyLine: c.bodyLine, locate, diagnostics: [] },
    tree: c.tree,
    plainText: c.plainText,
    spans: c.spans,
    links: c.links,
    paragraphs: c.paragraphs,
  };
}
