#!/usr/bin/env node
'use strict';
// The CLI is bundled into one file at build time so that a one-file check starts fast, and loaded
// with V8's compiled code cached between runs (load-bundle.cjs; see docs/benchmarks.md). This entry
// is CommonJS: an ES module entry would load Node's ES module loader first, 4-6 ms of a 100 ms start.
const { setFlagsFromString } = require('node:v8');

// V8 "pretenures" objects from an allocation site whose objects often survive a young-generation
// collection: it allocates them straight in the old generation. Linting file after file, a few
// collections that happen to land mid-file make the sites of the per-file trees look long-lived,
// and from then on every file's garbage goes to the old generation, which grows until full
// collections. Measured on 2,000 files (docs/benchmarks.md): peak memory 113-115 MiB in every run
// with pretenuring off, against 143-159 MiB in five of six runs with it on, and a sixth less CPU
// time. Set before any of mlconfig is compiled (the code cache is checked against V8's flags), and
// only on the Node versions whose V8 has the flag: V8 prints an error for a flag it does not know.
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor >= 20 && nodeMajor <= 24) setFlagsFromString('--no-allocation-site-pretenuring');

const { loadBundle } = require('./load-bundle.cjs');
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
