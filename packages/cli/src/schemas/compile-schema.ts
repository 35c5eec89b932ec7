/**
 * Compiles JSON Schema files with ajv, loaded only when a schema is first needed (ajv is CommonJS,
 * so a synchronous `require` keeps linting synchronous). One ajv instance per draft for the whole
 * run, so a schema referenced by several others is read and compiled once.
 *
 * `$ref`s to other local files are resolved before compiling: a relative reference is read from
 * the folder of the schema that makes it (whatever `$id` says), and registered under the URI the
 * reference resolves to, so ajv finds it. Remote schemas are never downloaded.
 */
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SchemaError } from '@mlconfig/core';
import { precompiledValidatorPath } from '../assets.js';
import { collectRefs, findKeyword, readSchemaFile } from './read-schema.js';

type Draft = 'draft-07' | '2019-09' | '2020-12';

interface AjvError extends SchemaError {
  readonly message?: string;
}
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
interface Ajv {
  addSchema(schema: object, key?: string): Ajv;
  getSchema(keyRef: string): ValidateFunction | undefined;
  validateSchema(schema: object): boolean | Promise<unknown>;
  errors?: AjvError[] | null;
  addMetaSchema(schema: object): Ajv;
}
type AjvClass = new (options: Record<string, unknown>) => Ajv;

export interface CompiledSchema {
  readonly schema: Record<string, unknown>;
  readonly validate: (data: unknown) => readonly SchemaError[];
}

export type CompileResult = { readonly compiled: CompiledSchema; readonly problem?: undefined } | { readonly compiled?: undefined; readonly problem: string };

export interface CompilerOptions {
  /** ajv strict mode (unknown keywords, type-less `properties`, … are errors). */
  readonly strict: boolean;
  /** How file paths appear in problems. */
  readonly display: (absolutePath: string) => string;
  /**
   * Schemas known to be valid (mlconfig's own, checked in its tests): their meta-schema check is
   * skipped, which is most of ajv's compile time for a large schema.
   */
  readonly trusted?: (absolutePath: string) => boolean;
}

const requireFromHere = createRequire(import.meta.url);
/**
 * In the CLI bundle, the `require` its loader hands it (bin/load-bundle.cjs), which compiles the precompiled validators
 * with a code cache kept between runs; from the sources (tests), Node's own.
 */
const requireCompanion: NodeJS.Require = typeof require === 'function' ? require : requireFromHere;

/**
 * How every schema is compiled, at run time here and ahead of time by
 * scripts/gen-schema-validators.mjs, so that both report the same errors.
 */
export function ajvOptions(strict: boolean): Record<string, unknown> {
  return {
    allErrors: true,
    // Errors carry their schema (`parentSchema`), for descriptions and "did you mean" candidates.
    verbose: true,
    strict,
    // Schemas are checked against their meta-schema in register() (unless trusted), not again here.
    validateSchema: false,
    // Formats need ajv-formats; an unknown `format` is documentation, not a reason to fail.
    validateFormats: false,
    logger: false,
  };
}

export class SchemaCompiler {
  private readonly instances = new Map<Draft, Ajv>();
  private readonly registered = new Map<Draft, Set<string>>();
  private readonly results = new Map<string, CompileResult>();

  constructor(private readonly options: CompilerOptions) {}

  /** The compiled schema in `absolutePath` (cached for the compiler's lifetime). */
  compileFile(absolutePath: string): CompileResult {
    const cached = this.results.get(absolutePath);
    if (cached) return cached;
    const result = this.compile(absolutePath);
    this.results.set(absolutePath, result);
    return result;
  }

  private compile(absolutePath: string): CompileResult {
    const read = readSchemaFile(absolutePath);
    const shown = this.options.display(absolutePath);
    if (!read.schema) return { problem: `${shown}: ${read.problem}` };
    const precompiled = this.options.trusted?.(absolutePath) ? loadPrecompiled(absolutePath) : undefined;
    if (precompiled) return { compiled: { schema: read.schema, validate: runner(precompiled) } };
    const draft = draftOf(read.schema);
    if (typeof draft !== 'string') return { problem: `${shown}: ${draft.unsupported}` };
    const ajv = this.ajv(draft);
    const loaded = this.register(absolutePath, read.schema, undefined, draft, ajv, new Set());
    if (loaded.problem !== undefined) return { problem: loaded.problem };
    let validate: ValidateFunction | undefined;
    try {
      validate = ajv.getSchema(loaded.id);
    } catch (err) {
      return { problem: `${shown}: ${compileProblem(err, read.schema)}` };
    }
    if (!validate) return { problem: `${shown}: the schema could not be compiled` };
    return { compiled: { schema: read.schema, validate: runner(validate) } };
  }

  /** Adds a schema and every local file it references to ajv; returns the id to compile. */
  private register(absolutePath: string, schema: Record<string, unknown>, forcedId: string | undefined, draft: Draft, ajv: Ajv, visiting: Set<string>): { id: string; problem?: undefined } | { id?: undefined; problem: string } {
    const shown = this.options.display(absolutePath);
    const fileUrl = pathToFileURL(absolutePath).href;
    let id: string;
    try {
      id = forcedId ?? (typeof schema.$id === 'string' ? new URL(schema.$id, fileUrl).href : fileUrl);
    } catch {
      return { problem: `${shown}: \`$id\` ${JSON.stringify(schema.$id)} is not a valid URI (at /$id)` };
    }
    id = id.replace(/#$/, '');
    const done = this.registered.get(draft)!;
    if (done.has(id) || visiting.has(id)) return { id };
    visiting.add(id);
    const valid = this.options.trusted?.(absolutePath) ? true : ajv.validateSchema(schema);
    if (valid !== true) return { problem: `${shown} is not a valid JSON Schema: ${metaProblem(ajv.errors ?? [])}` };
    for (const { ref, pointer } of collectRefs(schema)) {
      if (ref.startsWith('#')) continue;
      const uri = ref.split('#')[0];
      let target: string;
      try {
        target = new URL(uri, id).href;
      } catch {
        return { problem: `${shown}: \`$ref\` ${JSON.stringify(ref)} at ${pointer} is not a valid URI` };
      }
      if (done.has(target) || visiting.has(target)) continue;
      const file = target.startsWith('file:') ? fileURLToPath(target) : /^[a-z][a-z0-9+.-]*:/i.test(uri) ? undefined : resolve(dirname(absolutePath), uri);
      if (!file) return { problem: `${shown}: \`$ref\` ${JSON.stringify(ref)} at ${pointer} points to a remote schema; mlconfig only reads local schema files (download it and refer to the file)` };
      const read = readSchemaFile(file);
      if (!read.schema) return { problem: `${shown}: \`$ref\` ${JSON.stringify(ref)} at ${pointer}: ${this.options.display(file)}: ${read.problem}` };
      const subDraft = draftOf(read.schema);
      if (typeof subDraft === 'string' && subDraft !== draft && read.schema.$schema !== undefined) {
        return { problem: `${shown}: \`$ref\` ${JSON.stringify(ref)} at ${pointer} refers to a ${subDraft} schema from a ${draft} schema; use one JSON Schema draft for schemas that refer to each other` };
      }
      const sub = this.register(file, read.schema, target, draft, ajv, visiting);
      if (sub.problem !== undefined) return sub;
    }
    try {
      ajv.addSchema(schema.$id === id ? schema : { ...schema, $id: id });
    } catch (err) {
      return { problem: `${shown}: ${compileProblem(err, schema)}` };
    }
    done.add(id);
    return { id };
  }

  private ajv(draft: Draft): Ajv {
    let ajv = this.instances.get(draft);
    if (ajv) return ajv;
    const module = draft === '2020-12' ? 'ajv/dist/2020.js' : draft === '2019-09' ? 'ajv/dist/2019.js' : 'ajv';
    const loaded = requireFromHere(module) as AjvClass | { default: AjvClass };
    const Ajv = 'default' in loaded ? loaded.default : loaded;
    ajv = new Ajv(ajvOptions(this.options.strict));
    if (draft === 'draft-07') ajv.addMetaSchema(requireFromHere('ajv/dist/refs/json-schema-draft-06.json') as object);
    this.instances.set(draft, ajv);
    this.registered.set(draft, new Set());
    return ajv;
  }
}

/** Errors as a list; a validator that throws (it should not) becomes one error instead of a crash. */
function runner(fn: ValidateFunction): (data: unknown) => readonly SchemaError[] {
  return (data) => {
    try {
      return fn(data) ? [] : [...(fn.errors ?? [])];
    } catch (err) {
      return [{ keyword: 'mlconfig:validator-failure', instancePath: '', schemaPath: '#', params: {}, message: `could not be validated (${(err as Error).message})` }];
    }
  };
}

/** The ahead-of-time compiled validator of one of mlconfig's own schemas, if the build produced it. */
function loadPrecompiled(absolutePath: string): ValidateFunction | undefined {
  const path = precompiledValidatorPath(basename(absolutePath));
  if (!path) return undefined;
  try {
    const loaded = requireCompanion(path) as ValidateFunction | { default: ValidateFunction };
    return typeof loaded === 'function' ? loaded : loaded.default;
  } catch {
    return undefined; // compile it at run time instead
  }
}

/** The draft a schema declares with `$schema` (2020-12 when it declares none, like mlconfig's own). */
export function draftOf(schema: Record<string, unknown>): Draft | { unsupported: string } {
  const declared = schema.$schema;
  if (declared === undefined) return '2020-12';
  if (typeof declared !== 'string') return { unsupported: '`$schema` must be a string (at /$schema)' };
  if (declared.includes('2020-12')) return '2020-12';
  if (declared.includes('2019-09')) return '2019-09';
  if (/draft-0[67]/.test(declared)) return 'draft-07';
  return { unsupported: `\`$schema\` ${JSON.stringify(declared)} is not supported (at /$schema); use draft-06, draft-07, 2019-09 or 2020-12` };
}

function metaProblem(errors: readonly AjvError[]): string {
  // The deepest error is the most specific one (anyOf errors of the meta-schema sit above it).
  const best = [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0];
  if (!best) return 'the meta-schema rejects it';
  const allowed = Array.isArray(best.params.allowedValues) ? ` (${(best.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})` : '';
  return `at ${best.instancePath || '/'}: ${best.message ?? 'invalid'}${allowed}`;
}

function compileProblem(err: unknown, schema: Record<string, unknown>): string {
  const e = err as { message?: string; missingRef?: string };
  const message = String(e.message ?? err).replace(/[.\s]*$/, '');
  if (e.missingRef) {
    const hit = refFor(schema, e.missingRef);
    return `\`$ref\` ${JSON.stringify(hit?.ref ?? e.missingRef)} cannot be resolved${hit ? ` (at ${hit.pointer})` : ''}`;
  }
  const unknown = /unknown keyword: "([^"]+)"/.exec(message);
  if (unknown) {
    const at = findKeyword(schema, unknown[1]);
    return `unknown keyword "${unknown[1]}"${at ? ` at ${at}` : ''}`;
  }
  const at = /at "#([^"]*)"/.exec(message);
  return at ? `${message.replace(/\s*at "#[^"]*"/, '')} (at ${at[1] || '/'})` : message;
}

/** The `$ref` as written that ajv reports (resolved to an absolute URI) as missing. */
function refFor(schema: Record<string, unknown>, missing: string): { ref: string; pointer: string } | undefined {
  return collectRefs(schema).find((r) => missing === r.ref || missing.endsWith(r.ref.startsWith('#') ? r.ref : '/' + r.ref));
}
