/**
 * `npm run schema`: writes the JSON Schema of each collection's front matter into schema/,
 * generated from lib/model/schema.ts. `npm run schema -- --check` writes nothing and exits 1 when a
 * committed file is stale (the unit tests check the same).
 */
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemaFiles } from '../lib/model/json-schema';

const dir = path.resolve('schema');
const check = process.argv.includes('--check');
const stale: string[] = [];

fs.mkdirSync(dir, { recursive: true });
for (const [name, text] of jsonSchemaFiles()) {
  const file = path.join(dir, name);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  stale.push(`schema/${name}`);
  if (!check) fs.writeFileSync(file, text);
}

if (check && stale.length) {
  console.error(`✗ stale JSON Schema: ${stale.join(', ')}. Run npm run schema and commit the result.`);
  process.exit(1);
}
console.log(stale.length && !check ? `✓ wrote ${stale.join(', ')}` : '✓ schema/ is up to date');
