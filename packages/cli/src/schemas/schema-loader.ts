/**
 * The `SchemaLoader` that `mlconfig check` hands the engine: resolves `mlconfig:<name>` to the
 * schemas shipped with mlconfig and other references to files relative to the settings file, and
 * compiles each schema once per run. Nothing is loaded until a file actually needs a schema.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { BUILTIN_SCHEMA_NAMES, BUILTIN_SCHEMA_PREFIX, builtinSchemaFile, builtinSchemaName, type SchemaLoader, type SchemaLoadResult } from '@mlconfig/core';
import { schemaPath } from '../assets.js';
import { SchemaCompiler } from './compile-schema.js';

export function createSchemaLoader(baseDir: string): SchemaLoader {
  const cache = new Map<string, SchemaLoadResult>();
  let compiler: SchemaCompiler | undefined;
  const settingsSchema = schemaPath('settings.schema.json');
  const builtinDir = settingsSchema ? dirname(settingsSchema) : undefined;
  const display = (abs: string): string => {
    const rel = relative(baseDir, abs);
    return (rel === '' || rel.startsWith('..') ? abs : rel).split(sep).join('/');
  };
  return (ref) => {
    const hit = cache.get(ref);
    if (hit) return hit;
    const result = load(ref);
    cache.set(ref, result);
    return result;
  };

  function load(ref: string): SchemaLoadResult {
    const builtin = builtinSchemaName(ref);
    if (ref.startsWith(BUILTIN_SCHEMA_PREFIX) && !builtin) {
      return { problem: `there is no built-in schema named "${ref.slice(BUILTIN_SCHEMA_PREFIX.length)}"; the built-in schemas are ${BUILTIN_SCHEMA_NAMES.map((n) => BUILTIN_SCHEMA_PREFIX + n).join(', ')}` };
    }
    const file = builtin ? schemaPath(builtinSchemaFile(builtin)) : resolve(baseDir, ref);
    if (!file) return { problem: `${ref} is missing from the mlconfig installation` };
    compiler ??= new SchemaCompiler({ strict: false, display, trusted: (abs) => builtinDir !== undefined && dirname(abs) === builtinDir });
    const result = compiler.compileFile(file);
    if (!result.compiled) return { problem: result.problem };
    const { schema, validate } = result.compiled;
    const source = builtin ? `schemas/${builtinSchemaFile(builtin)}` : display(file);
    const name = typeof schema.title === 'string' && schema.title.trim() !== '' ? schema.title : source.replace(/^.*\//, '');
    return { validator: { name, source, builtin: builtin !== undefined, validate } };
  }
}
