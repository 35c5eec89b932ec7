#!/usr/bin/env node
// The CLI is bundled into one file at build time so that a one-file check starts fast, and loaded
// with V8's compiled code cached between runs (load-bundle.cjs; see docs/benchmarks.md).
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';

// Two V8 heuristics tuned for linting many small files one after another, each measured
// (docs/benchmarks.md):
// - Pretenuring off. V8 allocates objects straight in the old generation when objects from the
//   same allocation site often survive a young-generation collection. Collections that happen to
//   land mid-file make the per-file trees look long-lived, and from then on every file's garbage
//   goes to the old generation. 2,000 files: peak memory 113-118 MiB in every run, against 143-159
//   MiB in most runs with it on, and about a sixth less CPU time.
// - Old generation grown by 1.5x its live size after a full collection instead of up to 4x: what
//   lives between files is small, so full collections stay cheap. 20,000 files on one thread: peak
//   145 MiB instead of 185-194 MiB, no slower.
// Set before any of mlconfig is compiled (the code cache is checked against V8's flags), and only
// on the Node versions whose V8 has these flags: V8 prints an error for a flag it does not know.
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor >= 20 && nodeMajor <= 24) setFlagsFromString('--no-allocation-site-pretenuring --heap-growing-percent=50');

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
