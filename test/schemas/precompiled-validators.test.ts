/**
 * The validators that the build precompiles for the built-in schemas (scripts/gen-schema-validators.mjs)
 * report exactly what ajv compiling the schema at run time reports, on the corpus configs of each
 * framework and on configs broken on purpose (every property given a value of the wrong type).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SchemaCompiler } from '../../packages/cli/src/schemas/compile-schema.js';
import { precompiledValidatorPath } from '../../packages/cli/src/assets.js';
import { REPO_ROOT } from '../helpers/paths.js';

const SCHEMAS_DIR = join(REPO_ROOT, 'schemas');
const files = readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.schema.json') && f !== 'settings.schema.json').sort();

const display = (p: string): string => p;
const precompiled = new SchemaCompiler({ strict: false, display, trusted: () => true });
const runtime = new SchemaCompiler({ strict: false, display });

/** Instances that break each property of the schema in two ways, plus a few whole-document ones. */
function brokenInstances(schema: Record<string, unknown>): unknown[] {
  const properties = Object.keys((schema.properties ?? {}) as Record<string, unknown>);
  const wrongTypes: unknown[] = ['__not_a_valid_value__', -1, 1e-4, true, null, [1, 'a'], { nested: { deeper: 1 } }];
  const instances: unknown[] = [{}, 42, 'text', [], { __unknown_key__: 1 }];
  wrongTypes.forEach((value, i) => instances.push(Object.fromEntries(properties.filter((_, j) => j % wrongTypes.length === i || i === 0).map((p) => [p, value]))));
  for (const value of wrongTypes) instances.push(Object.fromEntries(properties.map((p) => [p, value])));
  return instances;
}

const comparable = (errors: readonly { instancePath: string; schemaPath: string; keyword: string; params: unknown; message?: string }[]) =>
  errors.map((e) => ({ instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, params: e.params, message: e.message }));

describe('precompiled validators of the built-in schemas', () => {
  it.each(files)('%s has a precompiled validator from the build', (file) => {
    const path = precompiledValidatorPath(file);
    expect(path, 'run `npm run build` first').toBeDefined();
    expect(existsSync(path!)).toBe(true);
  });

  it.each(files)('%s: the precompiled validator reports the same errors as ajv compiling at run time', (file) => {
    const schemaFile = join(SCHEMAS_DIR, file);
    const fast = precompiled.compileFile(schemaFile);
    const slow = runtime.compileFile(schemaFile);
    expect(fast.problem).toBeUndefined();
    expect(slow.problem).toBeUndefined();
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
    let errorsSeen = 0;
    for (const instance of brokenInstances(schema)) {
      const a = comparable(fast.compiled!.validate(instance));
      const b = comparable(slow.compiled!.validate(instance));
      expect(a).toEqual(b);
      errorsSeen += a.length;
    }
    expect(errorsSeen).toBeGreaterThan(0);
  });
});
