/**
 * The schemas in schemas/ are valid JSON Schema (ajv strict mode), compile, say which framework
 * version they follow, and the framework-neutral one names every hyperparameter concept once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCHEMA_NAMES, CONCEPTS, FRAMEWORK_IDS, FRAMEWORK_SCHEMAS, LOADER_IDS, analyze, builtinSchemaFile } from '../../packages/core/src/index.js';
import { SchemaCompiler } from '../../packages/cli/src/schemas/compile-schema.js';
import { REPO_ROOT } from '../helpers/paths.js';

const SCHEMAS_DIR = join(REPO_ROOT, 'schemas');
const files = readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.schema.json')).sort();
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(SCHEMAS_DIR, file), 'utf8')) as Record<string, unknown>;

describe('schemas/', () => {
  it('holds exactly the built-in schemas core knows by name', () => {
    expect(files).toEqual(BUILTIN_SCHEMA_NAMES.map(builtinSchemaFile).sort());
    for (const name of Object.values(FRAMEWORK_SCHEMAS)) expect(files).toContain(builtinSchemaFile(name!));
  });

  it('settings.schema.json lists exactly the framework profiles and YAML loaders core has', () => {
    // The schema (and the settings types generated from it) repeats core's ids; this keeps them in step.
    const defs = read('settings.schema.json').$defs as Record<string, { enum?: string[]; items?: { enum?: string[] } }>;
    expect([...(defs.frameworks.items?.enum ?? [])].sort()).toEqual([...FRAMEWORK_IDS].sort());
    expect(defs.loader.enum).toEqual(LOADER_IDS.filter((id) => !['json', 'toml', 'js'].includes(id)));
  });

  // One strict compiler for all, so the $refs between them (deepspeed.schema.json from the HF and
  // axolotl schemas) are resolved the way `mlconfig check` resolves them.
  const strict = new SchemaCompiler({ strict: true, display: (p) => p.slice(REPO_ROOT.length + 1) });

  it.each(files)('%s is valid JSON Schema 2020-12 and compiles in ajv strict mode', (file) => {
    const result = strict.compileFile(join(SCHEMAS_DIR, file));
    expect(result.problem).toBeUndefined();
    // It validates something: every schema describes a mapping, so a number is rejected.
    expect(result.compiled!.validate(42).length).toBeGreaterThan(0);
  });

  it.each(files)('%s has a title (the generated type name), an $id and a description naming what it follows', (file) => {
    const schema = read(file);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://github.com/mlconfig/mlconfig/blob/main/schemas/${file}`);
    expect(schema.title).toMatch(/^[A-Z][A-Za-z]+$/);
    if (file !== 'settings.schema.json') expect(String(schema.description)).toMatch(/(?:commit [0-9a-f]{7,}|\bv?\d+\.\d+)/);
  });

  it.each(files.filter((f) => f !== 'settings.schema.json' && f !== 'training-config.schema.json'))('%s documents every property', (file) => {
    const missing: string[] = [];
    const walk = (node: unknown, pointer: string): void => {
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
      if (props) {
        for (const [key, sub] of Object.entries(props)) {
          if (typeof sub.description !== 'string' || sub.description.length < 3) missing.push(`${pointer}/properties/${key}`);
          walk(sub, `${pointer}/properties/${key}`);
        }
      }
      for (const k of ['anyOf', 'items', '$defs']) {
        const v = (node as Record<string, unknown>)[k];
        if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${pointer}/${k}/${i}`));
        else if (v && typeof v === 'object' && k !== '$defs') walk(v, `${pointer}/${k}`);
        else if (v && typeof v === 'object') for (const [n, x] of Object.entries(v)) walk(x, `${pointer}/$defs/${n}`);
      }
    };
    walk(read(file), '');
    // Nested keyword mappings in alternatives (e.g. a `{ name: string }` form) may stay terse; top-level fields may not.
    expect(missing.filter((p) => p.split('/properties/').length === 2)).toEqual([]);
  });
});

describe('training-config.schema.json', () => {
  const schema = read('training-config.schema.json') as { properties: Record<string, { $comment?: string }> };
  const hyperparameters = CONCEPTS.filter((c) => c.kind === 'hyperparameter').map((c) => c.id);

  it('names each hyperparameter concept of the classifier exactly once', () => {
    const named = Object.values(schema.properties).map((p) => p.$comment?.replace(/^concept: /, ''));
    expect([...named].sort()).toEqual([...hyperparameters].sort());
  });

  it('uses, for each concept, a key the classifier files under that concept', () => {
    // A YAML document with every key, each with a value of the kind the schema describes.
    const sample: Record<string, string> = {
      optimizer: 'adamw', lr_scheduler: 'cosine', activation: 'gelu', regularization_type: 'l2', loss: 'cross_entropy', precision: 'bf16-mixed', adapter: 'lora',
      betas: '[0.9, 0.999]', kernel_size: '3', pool_size: '2',
    };
    const text = Object.keys(schema.properties).map((k) => `${k}: ${sample[k] ?? '0.5'}`).join('\n') + '\n';
    const result = analyze(text, { format: 'yaml', filePath: 'train.yaml' });
    const byKey = new Map(result.analysis!.fields.filter((f) => f.path.length === 1).map((f) => [f.name, f.concept]));
    for (const [key, prop] of Object.entries(schema.properties)) expect(byKey.get(key), key).toBe(prop.$comment!.replace(/^concept: /, ''));
  });
});
