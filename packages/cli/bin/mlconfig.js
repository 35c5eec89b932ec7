#!/usr/bin/env node
// The CLI is bundled into one file at build time so that a one-file check starts fast.
import { main } from '../dist/mlconfig.bundle.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`mlconfig: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
