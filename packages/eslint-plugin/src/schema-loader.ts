/**
 * The `SchemaLoader` the plugin hands core's engine, so `mlconfig/schema-validation` checks a file
 * against the built-in schema of its detected framework (`mlconfig:deepspeed`, `mlconfig:axolotl`,
 * …), as `mlconfig check` does. Core never reads files: the build copies mlconfig's schemas next to
 * this module (`dist/schemas/`), and this loader reads and compiles them with ajv, which is loaded,
 * like each schema, only when a file first needs one. Schemas of your own, which `mlconfig check`
 * maps to files with the settings' `schemas`, are not available inside ESLint.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BUILTIN_SCHEMA_NAMES, BUILTIN_SCHEMA_PREFIX, builtinSchemaFile, builtinSchemaName, type SchemaError, type SchemaLoader, type SchemaLoadResult } from '@mlconfig/core';

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
interface Ajv {
  addSchema(schema: object): Ajv;
  getSchema(id: string): ValidateFunction | undefined;
}
type AjvClass = new (options: Record<string, unknown>) => Ajv;

const requireFromHere = createRequire(import.meta.url);
const SCHEMA_DIR = new URL('./schemas/', import.meta.url);

let shared: SchemaLoader | undefined;

/** One loader per process: every file and rule shares the compiled schemas. */
export function builtinSchemaLoader(): SchemaLoader {
  shared ??= createBuiltinSchemaLoader(SCHEMA_DIR);
  return shared;
}

/** A loader for the built-in schemas in `dir` (a `file:` URL ending in `/`). */
export function createBuiltinSchemaLoader(dir: URL): SchemaLoader {
  const results = new Map<string, SchemaLoadResult>();
  let registry: { ajv: Ajv; schemas: Map<string, Record<string, unknown>> } | undefined;
  return (ref) => {
    let result = results.get(ref);
    if (!result) {
      result = load(ref);
      results.set(ref, result);
    }
    return result;
  };

  function load(ref: string): SchemaLoadResult {
    const name = builtinSchemaName(ref);
    if (!name) {
      return { problem: `${ref} is not one of mlconfig's built-in schemas (${BUILTIN_SCHEMA_NAMES.map((n) => BUILTIN_SCHEMA_PREFIX + n).join(', ')}), the only ones eslint-plugin-mlconfig reads` };
    }
    const source = `schemas/${builtinSchemaFile(name)}`;
    try {
      registry ??= register(dir);
      const schema = registry.schemas.get(name)!;
      const validate = registry.ajv.getSchema(String(schema.$id));
      if (!validate) return { problem: `${source} could not be compiled` };
      return {
        validator: {
          name: typeof schema.title === 'string' && schema.title.trim() !== '' ? schema.title : builtinSchemaFile(name),
          source,
          builtin: true,
          validate: (data) => {
            try {
              return validate(data) ? [] : [...(validate.errors ?? [])];
            } catch (err) {
              return [{ keyword: 'mlconfig:validator-failure', instancePath: '', schemaPath: '#', params: {}, message: `could not be validated (${(err as Error).message})` }];
            }
          },
        },
      };
    } catch (err) {
      return { problem: `${source} could not be loaded (${String((err as Error).message ?? err).replace(/[.\s]*$/, '')}); reinstall eslint-plugin-mlconfig` };
    }
  }
}

/**
 * Reads every built-in schema and adds it to one ajv instance, so the `$ref`s between them (axolotl
 * and HF TrainingArguments refer to the DeepSpeed schema) resolve by `$id`. They are mlconfig's own
 * schemas, checked by its tests, so their meta-schema check is skipped as `mlconfig check` skips it.
 */
function register(dir: URL): { ajv: Ajv; schemas: Map<string, Record<string, unknown>> } {
  const loaded = requireFromHere('ajv/dist/2020.js') as AjvClass | { default: AjvClass };
  const AjvClass = 'default' in loaded ? loaded.default : loaded;
  // The same options as `mlconfig check`: every error with its schema, formats as documentation.
  const ajv = new AjvClass({ allErrors: true, verbose: true, strict: false, validateSchema: false, validateFormats: false, logger: false });
  const schemas = new Map<string, Record<string, unknown>>();
  for (const name of BUILTIN_SCHEMA_NAMES) {
    const schema = JSON.parse(readFileSync(new URL(builtinSchemaFile(name), dir), 'utf8')) as Record<string, unknown>;
    ajv.addSchema(schema);
    schemas.set(name, schema);
  }
  return { ajv, schemas };
}
