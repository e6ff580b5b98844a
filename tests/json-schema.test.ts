import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../lib/content/frontmatter';
import { COLLECTION_FILES } from '../lib/model/collection-files';
import { COLLECTION_TYPES, COLLECTIONS, type CollectionType } from '../lib/model/collections';
import { buildJsonSchema, jsonSchemaFiles } from '../lib/model/json-schema';

const SCHEMAS = Object.fromEntries(COLLECTION_TYPES.map((t) => [t, COLLECTION_FILES[t].schema])) as Record<
  CollectionType,
  (typeof COLLECTION_FILES)[CollectionType]['schema']
>;

/**
 * A small JSON Schema validator for exactly the keywords the generated schemas use. The test
 * below fails if the generator starts emitting a keyword this validator does not understand,
 * so a schema can never pass here by being half-read.
 */
const SUPPORTED = new Set([
  '$schema',
  'title',
  'description',
  'default',
  'format',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'anyOf',
  'maxItems',
]);

interface Node {
  type?: string;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Node;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  anyOf?: Node[];
}

function keywords(node: Node, into = new Set<string>()): Set<string> {
  for (const key of Object.keys(node)) into.add(key);
  for (const child of Object.values(node.properties ?? {})) keywords(child, into);
  if (node.items) keywords(node.items, into);
  for (const option of node.anyOf ?? []) keywords(option, into);
  return into;
}

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

/** The problems of `value` against `node`, as `path: message` strings. */
function validate(node: Node, value: unknown, at = '$'): string[] {
  if (node.anyOf)
    return node.anyOf.some((o) => validate(o, value, at).length === 0) ? [] : [`${at}: matches no option`];
  if (node.type && !isType(value, node.type)) return [`${at}: not ${node.type}`];
  const out: string[] = [];
  if (node.enum && !node.enum.includes(value)) out.push(`${at}: not one of ${node.enum.join(', ')}`);
  if (typeof value === 'string') {
    const length = [...value].length;
    if (node.pattern && !new RegExp(node.pattern, 'u').test(value)) out.push(`${at}: does not match ${node.pattern}`);
    if (node.minLength !== undefined && length < node.minLength) out.push(`${at}: too short`);
    if (node.maxLength !== undefined && length > node.maxLength) out.push(`${at}: too long`);
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) out.push(`${at}: below ${node.minimum}`);
    if (node.maximum !== undefined && value > node.maximum) out.push(`${at}: above ${node.maximum}`);
  }
  if (Array.isArray(value) && node.maxItems !== undefined && value.length > node.maxItems)
    out.push(`${at}: more than ${node.maxItems} items`);
  if (Array.isArray(value) && node.items) value.forEach((v, i) => out.push(...validate(node.items!, v, `${at}[${i}]`)));
  if (isType(value, 'object') && (node.properties || node.required)) {
    const obj = value as Record<string, unknown>;
    for (const key of node.required ?? []) if (!(key in obj)) out.push(`${at}: missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      const child = node.properties?.[key];
      if (child) out.push(...validate(child, v, `${at}.${key}`));
      else if (node.additionalProperties === false) out.push(`${at}: unknown ${key}`);
    }
  }
  return out;
}

const frontMatter = (file: string, source: string) => {
  const parsed = parseContentFile(file, source);
  expect(parsed.diagnostics, file).toEqual([]);
  return parsed.data;
};

function contentFiles(root: string): [CollectionType, string][] {
  return COLLECTION_TYPES.flatMap((c) => {
    const dir = path.join(root, COLLECTIONS[c].folder);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => [c, path.join(dir, n)] as [CollectionType, string]);
  });
}

const SCHEMA = Object.fromEntries(COLLECTION_TYPES.map((c) => [c, buildJsonSchema(c) as Node])) as Record<
  CollectionType,
  Node
>;

describe('JSON Schema of the front matter', () => {
  it('is committed under schema/ exactly as npm run schema writes it', () => {
    for (const [name, text] of jsonSchemaFiles()) {
      const file = path.resolve('schema', name);
      expect(fs.existsSync(file), `schema/${name} is missing: run npm run schema`).toBe(true);
      expect(fs.readFileSync(file, 'utf8'), `schema/${name} is stale: run npm run schema and commit it`).toBe(text);
    }
  });

  it('uses only keywords the validator in this test understands', () => {
    for (const c of COLLECTION_TYPES) {
      const unknown = [...keywords(SCHEMA[c])].filter((k) => !SUPPORTED.has(k));
      expect(unknown, c).toEqual([]);
    }
  });

  it('names its dialect and is strict about unknown fields', () => {
    for (const c of COLLECTION_TYPES) {
      const schema = buildJsonSchema(c);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.additionalProperties).toBe(false);
      expect(COLLECTION_FILES[c].jsonSchemaFile).toMatch(/^[a-z]+\.schema\.json$/);
    }
  });

  it('accepts every file of the real content and of the test fixtures', () => {
    const files = [...contentFiles(path.resolve('content')), ...contentFiles(path.resolve('tests/fixtures/valid'))];
    expect(files.length).toBeGreaterThan(8);
    for (const [collection, file] of files) {
      const data = frontMatter(file, fs.readFileSync(file, 'utf8'));
      expect(validate(SCHEMA[collection], data), file).toEqual([]);
    }
  });

  const valid: Record<CollectionType, string> = {
    claim:
      'title: T\nstatement: S\nkind: event\nassessment: unverified\nrationale: R\nconfidence: low\nas_of: "2024"\nevidence:\n  - source: a-source\n    stance: supports\n    locator: p. 2\n    credibility: 3\nreviewed: 2026-01-01',
    source:
      'title: T\npublisher: P\nkind: news\nurl: https://example.org/a\ncopy: original\nreliability: B\nreliability_reason: R',
    entity: 'name: N\nkind: place\nplace_type: province\npart_of: a-country\nsummary: S\nreviewed: 2026-01-01',
    report: 'title: T\nkind: news\npublisher: P\nperspective: P\nsummary: S\nreviewed: 2026-01-01',
  };

  it.each(COLLECTION_TYPES)('accepts a minimal valid %s', (collection) => {
    const data = frontMatter('x.mdx', `---\n${valid[collection]}\n---\n`);
    expect(SCHEMAS[collection].safeParse(data).success).toBe(true);
    expect(validate(SCHEMA[collection], data)).toEqual([]);
  });

  // Each known-bad file is one mistake away from the valid one above; zod and the JSON Schema must both reject it.
  const bad: [string, CollectionType, string][] = [
    ['an unknown field', 'claim', `${valid.claim}\nsourse: x`],
    ['a value outside the scale', 'claim', valid.claim.replace('assessment: unverified', 'assessment: confirmed')],
    ['a missing required field', 'claim', valid.claim.replace('confidence: low\n', '')],
    ['a source id that is not kebab-case', 'claim', valid.claim.replace('source: a-source', 'source: UN Briefing')],
    ['credibility outside 1–6', 'claim', valid.claim.replace('credibility: 3', 'credibility: 7')],
    ['a date range without its end', 'claim', valid.claim.replace('as_of: "2024"', 'as_of:\n  from: 2024-01-01')],
    ['a date in the wrong format', 'claim', valid.claim.replace('reviewed: 2026-01-01', 'reviewed: 01/01/2026')],
    [
      'an unknown field in an evidence item',
      'claim',
      valid.claim.replace('credibility: 3', 'credibility: 3\n    page: 4'),
    ],
    ['a javascript: URL', 'source', valid.source.replace('https://example.org/a', '"javascript:alert(1)"')],
    ['a reliability outside A–F', 'source', valid.source.replace('reliability: B', 'reliability: G')],
    ['a language that is not a BCP 47 tag', 'source', `${valid.source}\nlanguage: English`],
    ['a Wikidata id without its Q', 'entity', `${valid.entity}\nwikidata: "42"`],
    ['an empty summary', 'entity', valid.entity.replace('summary: S', 'summary: ""')],
    ['a list written as text', 'report', `${valid.report}\nentities: iskp`],
  ];

  it.each(bad)('rejects %s', (_, collection, yaml) => {
    const data = frontMatter('x.mdx', `---\n${yaml}\n---\n`);
    expect(SCHEMAS[collection].safeParse(data).success).toBe(false);
    expect(validate(SCHEMA[collection], data)).not.toEqual([]);
  });
});
