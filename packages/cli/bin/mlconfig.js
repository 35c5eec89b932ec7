#!/usr/bin/env node
// The CLI is bundled into one file at build time so that a one-file check starts fast, and loaded
// with V8's compiled code cached between runs (load-bundle.cjs; see docs/benchmarks.md).
import { createRequire } from 'node:module';

const { loadBundle } = createRequire(import.meta.url)('./load-bundle.cjs');
const bundle = loadBundle();
const argv = process.argv.slice(2);
// The code cache keeps what this run compiled, so only a run that lints writes it.
const lints = bundle.exports.lintsFiles(argv);

bundle.exports.main(argv).then(
  (code) => {
    process.exitCode = code;
    if (lints) bundle.saveCache();
  },
  (err) => {
    process.stderr.write(`mlconfig: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
