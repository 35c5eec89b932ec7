// CPU profile of the core engine alone (no CLI, no workers) over a corpus folder:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-core.mjs <folder>
import fs from 'node:fs';
import path from 'node:path';
const { lint, formatFromPath } = await import('../packages/core/dist/index.js');
const dir = process.argv[2];
const files = [];
for (const sub of fs.readdirSync(dir).filter((s) => !s.startsWith("."))) for (const f of fs.readdirSync(path.join(dir, sub))) files.push(path.join(dir, sub, f));
// One settings object for the run, as the CLI passes its own: resolved settings are cached per object.
const SETTINGS = {};
const t = Date.now();
let n = 0;
for (const f of files) n += lint(fs.readFileSync(f, 'utf8'), { format: formatFromPath(f), settings: SETTINGS }).diagnostics.length;
console.log(files.length, 'files', n, 'diagnostics', Date.now() - t, 'ms');
