/**
 * Bundles the CLI (with @mlconfig/core, yaml, jsonc-parser, picomatch, ignore) into one ESM file so
 * a one-file `mlconfig check` starts in about the time Node itself needs. Heavy or rarely used
 * dependencies stay external and are imported lazily. Also copies the assets the CLI reads at run
 * time (JSON Schemas, rule docs) next to the bundle.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/cli');
const { version } = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));

// Chunk names carry a content hash; old ones would pile up.
rmSync(join(cli, 'dist/chunks'), { recursive: true, force: true });

await build({
  entryPoints: [join(cli, 'src/main.ts')],
  outdir: join(cli, 'dist'),
  entryNames: 'mlconfig.bundle',
  // Code behind a dynamic import (the settings validator, generated for every rule's options; the
  // MCP server; `mlconfig types`) goes into chunks that load only when used, so V8 does not parse
  // them on every start.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __MLCONFIG_VERSION__: JSON.stringify(version) },
  external: ['cosmiconfig', 'ajv', 'tinyglobby', 'typescript', '@typescript-eslint/typescript-estree', '@modelcontextprotocol/sdk', 'zod', 'json-schema-to-typescript'],
  // CommonJS dependencies inside an ESM bundle need a `require`.
  banner: { js: "import { createRequire as __mlconfigCreateRequire } from 'node:module'; const require = __mlconfigCreateRequire(import.meta.url);" },
});

mkdirSync(join(cli, 'dist/schemas'), { recursive: true });
cpSync(join(root, 'schemas'), join(cli, 'dist/schemas'), { recursive: true });
cpSync(join(root, 'docs/rules'), join(cli, 'dist/docs/rules'), { recursive: true });
