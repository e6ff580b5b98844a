/** The front-matter JSON Schemas, published at /schema/<type>.schema.json for editors and other tools. */
import { jsonSchemaFiles } from '../model/json-schema';
import type { Emitter } from './emitter';

export const jsonSchemas: Emitter = {
  name: 'JSON Schema',
  files: () => jsonSchemaFiles().map(([name, text]) => ({ path: `schema/${name}`, content: text })),
};
