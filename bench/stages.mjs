/**
 * Where the engine's time goes, per phase, summed over a corpus folder (in-process, one thread):
 *   node bench/stages.mjs /tmp/mlconfig-bench/corpus-2000 [--rules]
 * Parse = text → document; analyze = frameworks, loader, classification, training runs; rules = the
 * recommended preset's checks. Run it twice: the first pass warms the JIT and is not printed.
 */
import fs from 'node:fs';
import path from 'node:path';
const { RULES, analyzeDocument, formatFromPath, lintAnalyzed, parseConfig, resolveFileSettings } = await import('../packages/core/dist/index.js');
const dir = process.argv[2];
const files = [];
for (const sub of fs.readdirSync(dir).filter((s) => !s.startsWith("."))) for (const f of fs.readdirSync(path.join(dir, sub))) files.push(path.join(dir, sub, f));
const texts = files.map((f) => [fs.readFileSync(f, 'utf8'), formatFromPath(f)]);
const settings = resolveFileSettings(undefined, undefined, RULES);
const perRule = new Map();
if (process.argv.includes('--rules')) {
  for (const r of RULES) {
    const check = r.check;
    r.check = function (ctx) {
      const t = process.hrtime.bigint();
      try {
        return check.call(this, ctx);
      } finally {
        perRule.set(r.id, (perRule.get(r.id) ?? 0n) + process.hrtime.bigint() - t);
      }
    };
  }
}
const ms = (ns) => Number(ns) / 1e6;
for (let pass = 0; pass < 2; pass++) {
  perRule.clear();
  let parse = 0n;
  let analyze = 0n;
  let rules = 0n;
  for (const [text, format] of texts) {
    const t0 = process.hrtime.bigint();
    const parsed = parseConfig(text, { format });
    const t1 = process.hrtime.bigint();
    const analysis = parsed.document ? analyzeDocument(parsed.document, {}) : undefined;
    const t2 = process.hrtime.bigint();
    if (analysis) lintAnalyzed(analysis, settings, RULES);
    const t3 = process.hrtime.bigint();
    parse += t1 - t0;
    analyze += t2 - t1;
    rules += t3 - t2;
  }
  if (pass === 0) { console.log(`cold pass: parse ${ms(parse).toFixed(0)} ms, analyze ${ms(analyze).toFixed(0)} ms, rules ${ms(rules).toFixed(0)} ms`); continue; }
  console.log(`parse ${ms(parse).toFixed(0)} ms, analyze ${ms(analyze).toFixed(0)} ms (${((100 * Number(analyze)) / Number(parse)).toFixed(0)}% of parse), rules ${ms(rules).toFixed(0)} ms (${((100 * Number(rules)) / Number(parse)).toFixed(0)}% of parse)`);
  for (const [id, ns] of [...perRule].sort((a, b) => Number(b[1] - a[1])).slice(0, 20)) console.log(`${ms(ns).toFixed(1).padStart(8)} ms  ${id}`);
}
