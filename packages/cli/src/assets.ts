/**
 * Files that ship next to the bundled CLI: the JSON Schemas and the rule docs. In the built
 * package they sit beside the bundle in `dist/`; when running from source (tests) they are found in
 * the repository's `schemas/` and `docs/` folders.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function locate(...relative: string[]): string | undefined {
  let dir = here;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, ...relative);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

export function schemaPath(name: string): string | undefined {
  return locate('schemas', name);
}

export function ruleDocPath(ruleId: string): string | undefined {
  return locate('docs', 'rules', `${ruleId}.md`);
}

/** A built-in schema's validator, compiled ahead of time by scripts/gen-schema-validators.mjs. */
export function precompiledValidatorPath(schemaFile: string): string | undefined {
  const name = schemaFile.replace(/\.json$/, '.cjs');
  return locate('validators', name) ?? locate('dist', 'validators', name);
}
