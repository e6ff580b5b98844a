/** Publishes the front-matter JSON Schemas with the site, at /schema/<type>.schema.json. */
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemaFiles } from '../../lib/json-schema';
import type { PostBuildStep } from './index';

export const publishSchemas: PostBuildStep = {
  name: 'JSON Schema',
  run(dir) {
    const out = path.join(dir, 'schema');
    fs.mkdirSync(out, { recursive: true });
    const files = jsonSchemaFiles();
    for (const [name, text] of files) fs.writeFileSync(path.join(out, name), text);
    return files.map(([name]) => `/schema/${name}`).join(', ');
  },
};
