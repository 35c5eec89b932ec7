// In-process stage timings (min of 3 runs) on a corpus folder: where mlconfig's time goes beyond parsing.
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { parseTree } from 'jsonc-parser';
import { parseTOML } from 'toml-eslint-parser';
const core = await import('../packages/core/dist/index.js');
const { parseConfig, formatFromPath, analyzeDocument, lint, lintDocument } = core;
const dir = process.argv[2];
const files = [];
for (const sub of fs.readdirSync(dir)) for (const f of fs.readdirSync(path.join(dir, sub))) files.push(path.join(dir, sub, f));
const texts = files.map((f) => [f, fs.readFileSync(f, 'utf8'), formatFromPath(f)]);
function time(label, fn) {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  console.log(label.padEnd(22), best.toFixed(0).padStart(6), 'ms');
}
time('floor', () => { for (const [, t, fmt] of texts) { if (fmt === 'yaml') parseAllDocuments(t, { uniqueKeys: false }); else if (fmt === 'json') parseTree(t, []); else parseTOML(t); } });
time('parseConfig', () => { for (const [, t, fmt] of texts) parseConfig(t, { format: fmt }); });
const docs = texts.map(([, t, fmt]) => parseConfig(t, { format: fmt }).document);
time('analyze (no parse)', () => { for (const [i, [, t, fmt]] of texts.entries()) analyzeDocument(parseConfig(t, { format: fmt }).document, {}); });
time('lint', () => { for (const [, t, fmt] of texts) lint(t, { format: fmt }); });
