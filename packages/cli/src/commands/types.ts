/**
 * `mlconfig types [schema files or globs...] --out <dir>`: one TypeScript file of interfaces per
 * JSON Schema. Every schema is generated before anything is written, so an invalid schema (exit 2,
 * naming the file and the JSON pointer) leaves the output folder untouched; each file is written
 * to a temporary name and renamed, so none is ever half-written.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { Io } from '../io/io.js';
import { SchemaCompiler } from '../schemas/compile-schema.js';
import { generateTypes, outputFileName } from '../schemas/generate-types.js';
import { loadSettings } from '../settings/load-settings.js';

export const TYPES_HELP = `Usage: mlconfig types [options] [schema files or globs...]

Generate TypeScript interfaces from JSON Schemas with json-schema-to-typescript: one .ts file per
schema, named after it (run.schema.json → run.ts), with a header naming the source schema. Output is
deterministic, so generated files can be committed and checked in CI. With no paths, generates the
schemas that the settings map to configs (\`schemas: [{ files, schema }]\`).

Options:
  -o, --out <dir>       Folder for the generated files (required)
      --check           Write nothing; exit 1 if a generated file is missing or differs
  -c, --config <file>   Settings file to read the schema mappings from (when no paths are given)
  -h, --help            Show this help
`;

export async function types(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      check: { type: 'boolean', default: false },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(TYPES_HELP);
    return 0;
  }
  if (!values.out) throw new UsageError('mlconfig types needs --out <dir>, the folder for the generated files.');
  const schemaFiles = positionals.length > 0 ? await expand(positionals, io.cwd) : await fromSettings(io.cwd, values.config);
  const outDir = resolve(io.cwd, values.out);
  const display = (abs: string): string => {
    const rel = relative(io.cwd, abs);
    return (rel === '' || rel.startsWith('..') ? abs : rel).split(sep).join('/');
  };

  const targets = new Map<string, string>();
  for (const file of schemaFiles) {
    const name = outputFileName(display(file));
    const other = targets.get(name);
    if (other) throw new UsageError(`${display(other)} and ${display(file)} would both generate ${name}; rename one of them.`);
    targets.set(name, file);
  }

  const compiler = new SchemaCompiler({ strict: false, display });
  const outputs: { path: string; source: string; code: string }[] = [];
  for (const [name, file] of targets) {
    const generated = await generateTypes(file, display, compiler);
    if (generated.problem !== undefined) {
      io.stderr(`mlconfig: ${generated.problem.replace(/[.\s]*$/, '')}.\nNo files were written.\n`);
      return 2;
    }
    outputs.push({ path: join(outDir, name), source: file, code: generated.code });
  }

  if (values.check) {
    const stale = outputs.filter((o) => !existsSync(o.path) || readFileSync(o.path, 'utf8') !== o.code);
    for (const o of stale) io.stderr(`mlconfig: ${display(o.path)} is ${existsSync(o.path) ? 'out of date with' : 'missing for'} ${display(o.source)}.\n`);
    if (stale.length > 0) {
      io.stderr('Run `mlconfig types` without --check to regenerate.\n');
      return 1;
    }
    io.stdout(`${outputs.length} generated ${outputs.length === 1 ? 'file is' : 'files are'} up to date.\n`);
    return 0;
  }

  mkdirSync(outDir, { recursive: true });
  for (const o of outputs) {
    const temp = `${o.path}.${process.pid}.tmp`;
    writeFileSync(temp, o.code);
    renameSync(temp, o.path);
    io.stdout(`${display(o.path)}\n`);
  }
  return 0;
}

async function expand(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    let isDir = false;
    let exists = false;
    try {
      isDir = statSync(abs).isDirectory();
      exists = true;
    } catch {
      exists = false;
    }
    if (isDir) throw new UsageError(`${pattern} is a folder; pass schema files or a glob such as "${pattern.replace(/\/$/, '')}/*.schema.json".`);
    if (exists) {
      files.add(abs);
      continue;
    }
    const { glob } = await import('tinyglobby');
    const matches = await glob([pattern], { cwd, absolute: true, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] });
    if (matches.length === 0) throw new UsageError(`No schema files matching "${pattern}" were found.`);
    for (const m of matches) files.add(resolve(m));
  }
  return [...files].sort();
}

async function fromSettings(cwd: string, config: string | undefined): Promise<string[]> {
  const loaded = await loadSettings(cwd, config ? resolve(cwd, config) : undefined);
  const refs = [...new Set((loaded.settings.schemas ?? []).map((m) => m.schema).filter((s) => !s.startsWith('mlconfig:')))];
  if (refs.length === 0) throw new UsageError('Name the schema files to generate types from, or map schemas to configs in the settings (`schemas: [{ files, schema }]`).');
  return refs.map((r) => resolve(loaded.baseDir, r)).sort();
}
