/**
 * Bundles the CLI (with @mlconfig/core, yaml, jsonc-parser, picomatch, ignore) into one CommonJS
 * file, so a one-file `mlconfig check` starts in about the time Node itself needs. CommonJS because
 * only a classic script can be compiled with a V8 code cache on Node 20 (bin/load-bundle.cjs). Code
 * behind a dynamic import (the MCP server, `mlconfig types`) stays in the file, only pre-parsed
 * until used; the settings validator (three quarters of a megabyte, needed only when a settings
 * file exists) is a file of its own. Heavy or rarely used dependencies stay external and are
 * required lazily. Also copies the assets the CLI reads at run time (JSON Schemas, rule docs).
 */
import { build, transformSync } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/cli');
const { version } = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));

// Outputs of the earlier ES module bundle, which would otherwise linger in dist/.
rmSync(join(cli, 'dist/chunks'), { recursive: true, force: true });
rmSync(join(cli, 'dist/mlconfig.bundle.js'), { force: true });
rmSync(join(cli, 'dist/mlconfig.bundle.js.map'), { force: true });

const outfile = join(cli, 'dist/mlconfig.bundle.cjs');

// The generated settings validator, as CommonJS next to the bundle, which requires it when needed
// (Node's interop then hands `module.exports`, the validate function, to the `default` import).
const validatorSource = readFileSync(join(cli, 'src/settings/settings-validator.generated.js'), 'utf8');
if (!/export default \w+;/.test(validatorSource)) throw new Error('bundle-cli: the generated settings validator has no default export');
const validatorCjs = validatorSource.replace(/export const validate = \w+;/, '').replace(/export default (\w+);/, 'module.exports = $1;');
writeFileSync(join(cli, 'dist/settings-validator.generated.cjs'), transformSync(validatorCjs, { loader: 'js', format: 'cjs', target: 'node20', minify: true }).code);
const separateSettingsValidator = {
  name: 'separate-settings-validator',
  setup(b) {
    b.onResolve({ filter: /\/settings-validator\.generated\.js$/ }, () => ({ path: './settings-validator.generated.cjs', external: true }));
  },
};

await build({
  entryPoints: [join(cli, 'src/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  sourcemap: 'linked',
  // Minified (a third smaller to read and hash at every start once its compiled code is cached).
  // Names are not kept: esbuild keeps them by calling a helper at every closure creation, 3% of a
  // 2,000-file run; the linked source map gives stack traces their names back
  // (`node --enable-source-maps`; the map is packed). MLCONFIG_BUNDLE_READABLE=1 builds it unminified, for profiling.
  minify: process.env.MLCONFIG_BUNDLE_READABLE !== '1',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [separateSettingsValidator],
  // import() of the external packages becomes require(): a script compiled with a code cache has
  // no module loader of its own for import(), and every one of them ships CommonJS.
  supported: { 'dynamic-import': false },
  // The sources are ES modules: `import.meta.url` (assets next to the bundle, the worker script,
  // createRequire) becomes the bundle's own file URL.
  define: { __MLCONFIG_VERSION__: JSON.stringify(version), 'import.meta.url': '__mlconfigBundleUrl' },
  banner: { js: "const __mlconfigBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  external: ['cosmiconfig', 'ajv', 'tinyglobby', 'typescript', '@typescript-eslint/typescript-estree', '@modelcontextprotocol/sdk', 'zod', 'json-schema-to-typescript'],
});

// esbuild escapes non-ASCII characters in strings but keeps the few comments it preserves as
// written. One such character makes V8 hold the whole file as two-byte text, which is slower to
// read and to parse on every start; say so rather than let it slip in unnoticed.
const text = readFileSync(outfile, 'utf8');
const at = text.search(/[^\x00-\x7f]/);
if (at >= 0) console.warn(`bundle-cli: dist/mlconfig.bundle.cjs is not ASCII (line ${text.slice(0, at).split('\n').length}); keep comments that esbuild preserves ASCII-only.`);

mkdirSync(join(cli, 'dist/schemas'), { recursive: true });
cpSync(join(root, 'schemas'), join(cli, 'dist/schemas'), { recursive: true });
cpSync(join(root, 'docs/rules'), join(cli, 'dist/docs/rules'), { recursive: true });
