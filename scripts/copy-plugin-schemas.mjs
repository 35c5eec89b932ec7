/**
 * Copies mlconfig's built-in JSON Schemas into the ESLint plugin's `dist/schemas/`, where the
 * plugin's schema loader reads them (`mlconfig/schema-validation` inside ESLint). The published
 * package ships `dist`, so the schemas travel with it.
 */
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'packages/eslint-plugin/dist/schemas');
mkdirSync(target, { recursive: true });
for (const file of readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json'))) {
  cpSync(join(root, 'schemas', file), join(target, file));
}
