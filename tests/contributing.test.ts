/**
 * CONTRIBUTING.md stays in step with the code: its field tables with the schemas, its scale
 * tables with lib/model/scales.ts, its worked example with the validator, its links with its headings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../lib/content/frontmatter';
import { schemaFields } from '../lib/model/json-schema';
import { checkMdx } from '../lib/content/body';
import { EVIDENCE_RULES } from '../lib/content/evidence-rules';
import * as scales from '../lib/model/scales';
import { COLLECTION_FILES } from '../lib/model/collection-files';
import { COLLECTION_TYPES, COLLECTIONS, type CollectionType, collectionOfFolder } from '../lib/model/collections';

const guide = fs.readFileSync(path.resolve('CONTRIBUTING.md'), 'utf8');

/** The rows of the Markdown table that follows `<!-- marker -->`, as arrays of cell texts. */
function tableAfter(marker: string): string[][] {
  const at = guide.indexOf(`<!-- ${marker} -->`);
  expect(at, `CONTRIBUTING.md has no <!-- ${marker} --> table`).toBeGreaterThanOrEqual(0);
  const lines = guide.slice(at).split('\n').slice(1);
  const rows: string[][] = [];
  for (const line of lines) {
    if (!line.startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2); // header and separator
}

/** The `code` in a table's first column. */
const firstCode = (row: string[]) => /^`([^`]+)`$/.exec(row[0] ?? '')?.[1];

describe('CONTRIBUTING.md', () => {
  it.each(COLLECTION_TYPES)('documents every %s field, and only those, with whether it is required', (type) => {
    const collection = COLLECTIONS[type].folder;
    const rows = tableAfter(`fields: ${collection}`);
    const documented = new Map(rows.map((r) => [firstCode(r), r[1]]));
    const fields = schemaFields(type);
    const missing = fields.filter((f) => !documented.has(f.path)).map((f) => f.path);
    expect(missing, `fields of lib/model/schema.ts missing from the ${collection} table in CONTRIBUTING.md`).toEqual(
      [],
    );
    const stale = [...documented.keys()].filter((p) => !fields.some((f) => f.path === p));
    expect(stale, `rows of the ${collection} table in CONTRIBUTING.md that are not fields`).toEqual([]);
    for (const f of fields)
      expect(documented.get(f.path), `required column of ${f.path}`).toBe(f.required ? 'yes' : 'no');
  });

  const allScales = Object.entries(scales as Record<string, { ids?: readonly string[] }>).filter(
    (e): e is [string, { ids: readonly string[] }] => Array.isArray(e[1].ids),
  );

  it('has a table for every scale', () => {
    expect(allScales.length).toBeGreaterThanOrEqual(14);
  });

  it.each(allScales)('explains every value of the %s scale', (name, scale) => {
    const values = tableAfter(`scale: ${name}`).map(firstCode);
    expect(values).toEqual([...scale.ids]);
  });

  const examples = [...guide.matchAll(/<!-- example: (\w+)\/([a-z0-9-]+) -->\n```mdx\n([\s\S]*?)\n```/g)].map(
    (m) => [m[1]!, m[2]!, `${m[3]}\n`] as const,
  );

  it('has a worked example of a source and of a claim', () => {
    expect(examples.map(([c]) => c).sort()).toEqual(['claims', 'sources']);
  });

  it.each(examples)(
    'has a worked example (%s/%s) that passes validation and exists in content/',
    (collection, id, text) => {
      const file = `content/${collection}/${id}.mdx`;
      const parsed = parseContentFile(file, text);
      expect(parsed.diagnostics).toEqual([]);
      const type = collectionOfFolder(collection) as CollectionType;
      const result = COLLECTION_FILES[type].schema.safeParse(parsed.data);
      expect(result.error?.issues ?? []).toEqual([]);
      expect(checkMdx(file, collection, parsed.body, parsed.bodyLine).diagnostics).toEqual([]);
      expect(fs.existsSync(path.resolve(file)), `${file} (the example is taken from the real content)`).toBe(true);
    },
  );

  it('states every rule of evidence, in order, as lib/content/evidence-rules.ts does', () => {
    const block = guide.slice(guide.indexOf('<!-- rules of evidence -->'));
    const listed = [...block.matchAll(/^\d+\. (.+) \((error|warning), `([a-z/-]+)`\)$/gm)].map((m) => [
      m[3],
      m[2],
      m[1],
    ]);
    expect(listed).toEqual(EVIDENCE_RULES.map((r) => [r.id, r.severity, r.statement]));
  });

  it('links only to headings it has', () => {
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .replace(/ /g, '-');
    const anchors = new Set([...guide.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
    const targets = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => !anchors.has(t))).toEqual([]);
  });
});
