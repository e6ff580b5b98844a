/**
 * JSON Schema for the front matter of each collection, generated from the zod schemas in
 * `lib/schema.ts` (never written by hand). The same documents are committed under `schema/`
 * (`npm run schema`) and published with the site under `/schema/`, so editors and other tools
 * can check front matter without running this project.
 *
 * JSON Schema cannot say everything zod checks: references between files, real calendar dates
 * and the cross-field rules in `lib/load.ts` are `npm run validate`'s alone.
 */
import { z } from 'zod';
import { type CollectionName, COLLECTIONS, SCHEMAS, urlSchema } from './schema';

const NOUN: Record<CollectionName, string> = { claims: 'claim', sources: 'source', entities: 'entity', reports: 'report' };

/** The file name each collection's schema is published under, e.g. `claim.schema.json`. */
export const JSON_SCHEMA_FILES = Object.fromEntries(COLLECTIONS.map((c) => [c, `${NOUN[c]}.schema.json`])) as Record<CollectionName, string>;

/** The JSON Schema (draft 2020-12) of one collection's front matter, as it is written in a file. */
export function buildJsonSchema(collection: CollectionName): Record<string, unknown> {
  const generated = z.toJSONSchema(SCHEMAS[collection], {
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
  return {
    $schema,
    title: `Corroborate ${NOUN[collection]} front matter`,
    description: `The YAML front matter of a file in content/${collection}/. Generated from lib/schema.ts by npm run schema; references to other files and some cross-field rules are checked only by npm run validate.`,
    ...rest,
  };
}

/** The exact text of a schema file: stable key order, two-space indent, final newline. */
export function serializeJsonSchema(collection: CollectionName): string {
  return `${JSON.stringify(buildJsonSchema(collection), null, 2)}\n`;
}

/** Every collection's schema file as `[file name, text]`. */
export function jsonSchemaFiles(): [string, string][] {
  return COLLECTIONS.map((c) => [JSON_SCHEMA_FILES[c], serializeJsonSchema(c)]);
}

export interface SchemaField {
  /** Dotted path; list items are written `evidence[].source`. */
  path: string;
  /** Whether the field must be written (within its parent object, for nested fields). */
  required: boolean;
}

/** Every front-matter field of a collection, nested fields included, in schema order. */
export function schemaFields(collection: CollectionName): SchemaField[] {
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
  walk(buildJsonSchema(collection) as JsonSchemaNode, '');
  return out;
}

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
}
