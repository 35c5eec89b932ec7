#!/usr/bin/env node
// The CLI is bundled into one file at build time so that a one-file check starts fast. On Node 22+
// V8's compiled code is also cached between runs (module.enableCompileCache); Node 20 has no such
// cache, and compiling the bundle is then a large part of a one-file start (see docs/benchmarks.md).
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/mlconfig.bundle.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`mlconfig: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
