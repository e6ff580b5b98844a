/**
 * JSON Schema for the front matter of each collection, generated from the zod schemas in
 * `lib/model/schema.ts` (never written by hand). The same documents are committed under `schema/`
 * (`npm run schema`) and published with the site under `/schema/`, so editors and other tools
 * can check front matter without running this project.
 *
 * JSON Schema cannot say everything zod checks: references between files, real calendar dates
 * and the cross-field rules of the content layer are `npm run validate`'s alone.
 *
 * This is also the one walker over a schema's shape: the field table in CONTRIBUTING.md and the
 * validator's "allowed here" lists both read it.
 */
import { z } from 'zod';
import { COLLECTION_FILES } from './collection-files';
import { COLLECTION_TYPES, COLLECTIONS, type CollectionType } from './collections';
import { urlSchema } from './schema';

export interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  [key: string]: unknown;
}

const cache = new Map<CollectionType, JsonSchemaNode>();

/** The JSON Schema (draft 2020-12) of one collection's front matter, as it is written in a file. */
export function buildJsonSchema(type: CollectionType): JsonSchemaNode {
  const cached = cache.get(type);
  if (cached) return cached;
  const { folder } = COLLECTIONS[type];
  const generated = z.toJSONSchema(COLLECTION_FILES[type].schema, {
    // What a contributor writes, not what the loader returns: fields with a default are optional.
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // The URL check is a zod refinement, which JSON Schema cannot carry: say the same with a pattern.
      if (zodSchema === urlSchema) {
        jsonSchema.format = 'uri';
        jsonSchema.pattern = '^https?://[^\\s/?#]+';
      }
    },
  });
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    title: `Corroborate ${type} front matter`,
    description: `The YAML front matter of a file in content/${folder}/. Generated from lib/model/schema.ts by npm run schema; references to other files and some cross-field rules are checked only by npm run validate.`,
    ...rest,
  } as JsonSchemaNode;
  cache.set(type, schema);
  return schema;
}

/** The exact text of a schema file: stable key order, two-space indent, final newline. */
export function serializeJsonSchema(type: CollectionType): string {
  return `${JSON.stringify(buildJsonSchema(type), null, 2)}\n`;
}

/** Every collection's schema file as `[file name, text]`. */
export function jsonSchemaFiles(): [string, string][] {
  return COLLECTION_TYPES.map((t) => [COLLECTION_FILES[t].jsonSchemaFile, serializeJsonSchema(t)]);
}

/** The object node among a node's alternatives (a field that takes a value or a map). */
const objectOf = (node: JsonSchemaNode | undefined): JsonSchemaNode | undefined =>
  node?.properties ? node : node?.anyOf?.find((o) => o.properties);

/** The schema node at a front-matter path (`['evidence', 2, 'source']`), if the path exists in the schema. */
export function jsonSchemaAt(type: CollectionType, path: readonly PropertyKey[]): JsonSchemaNode | undefined {
  let node: JsonSchemaNode | undefined = buildJsonSchema(type);
  for (const seg of path) {
    if (!node) return undefined;
    if (typeof seg === 'number') node = node.items ?? node.anyOf?.find((o) => o.items)?.items;
    else node = objectOf(node)?.properties?.[String(seg)];
  }
  return node;
}

/** The keys an object accepts at `path` (for "did you mean" on an unknown key). */
export function keysAt(type: CollectionType, path: readonly PropertyKey[]): string[] {
  return Object.keys(objectOf(jsonSchemaAt(type, path))?.properties ?? {});
}

export interface SchemaField {
  /** Dotted path; list items are written `evidence[].source`. */
  path: string;
  /** Whether the field must be written (within its parent object, for nested fields). */
  required: boolean;
}

/** Every front-matter field of a collection, nested fields included, in schema order. */
export function schemaFields(type: CollectionType): SchemaField[] {
  const out: SchemaField[] = [];
  const walk = (node: JsonSchemaNode, prefix: string) => {
    for (const option of node.anyOf ?? []) walk(option, prefix);
    if (node.items) walk(node.items, `${prefix}[]`);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.push({ path, required: node.required?.includes(key) ?? false });
      walk(child, path);
    }
  };
  walk(buildJsonSchema(type), '');
  return out;
}
