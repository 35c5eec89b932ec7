#!/usr/bin/env node
/**
 * Runs the built engine (packages/core/dist; `npm run build` first) over ../shared/corpus and reports:
 *   - diagnostics per rule and per severity over the whole corpus,
 *   - agreement with the labelled classification set (fixtures/classification),
 *   - a deterministic sample of findings, with their source lines, written to a Markdown file for
 *     review (docs/accuracy.md records the judgements).
 *
 * Usage: node scripts/corpus-report.mjs [--preset strict|recommended] [--sample N] [--out FILE] [--json FILE]
 *   --sample N   findings to sample (default 60; every finding when there are fewer)
 *   --out FILE   where to write the sample (default reports/corpus-sample.md)
 *   --json FILE  also write every diagnostic as JSON
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const CORE = join(ROOT, 'packages', 'core', 'dist', 'index.js');

const { values: opts } = parseArgs({
  options: {
    preset: { type: 'string', default: 'strict' },
    sample: { type: 'string', default: '60' },
    out: { type: 'string', default: join('reports', 'corpus-sample.md') },
    json: { type: 'string' },
  },
});

if (!existsSync(CORPUS)) fail(`no corpus at ${CORPUS}`);
if (!existsSync(CORE)) fail('packages/core/dist is missing: run `npm run build` first');
if (!['strict', 'recommended'].includes(opts.preset)) fail(`--preset must be strict or recommended, not ${opts.preset}`);
const sampleSize = Number(opts.sample);
if (!Number.isInteger(sampleSize) || sampleSize < 1) fail('--sample must be a positive integer');

const core = await import(CORE);
const started = performance.now();

// ── lint every file ──
const findings = [];
const files = [];
const unsupported = [];
for (const repo of readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  for (const name of readdirSync(join(CORPUS, repo)).sort()) {
    const rel = `${repo}/${name}`;
    const format = core.formatFromPath(name);
    if (!format || format === 'js') {
      unsupported.push(rel);
      continue;
    }
    files.push(rel);
    const text = readFileSync(join(CORPUS, rel), 'utf8');
    const result = core.lint(text, { format, filePath: rel, settings: { extends: [opts.preset] } });
    for (const d of result.diagnostics) findings.push({ file: rel, ...pick(d), source: text.split(/\r?\n/)[d.line - 1] ?? '' });
  }
}
const elapsed = performance.now() - started;

// ── counts ──
const byRule = count(findings, (f) => f.ruleId);
const bySeverity = count(findings, (f) => f.severity);
const filesWithFindings = new Set(findings.map((f) => f.file)).size;
const registered = core.RULES.filter((r) => r.presets.includes(opts.preset)).map((r) => r.id);

const lines = [];
lines.push(`mlconfig corpus report — preset ${opts.preset}, ${registered.length} rules enabled`);
lines.push(`${files.length} files linted (${unsupported.length} Python files skipped as unsupported) in ${(elapsed / 1000).toFixed(1)} s`);
lines.push(`${findings.length} diagnostics in ${filesWithFindings} files: ${[...bySeverity].map(([s, n]) => `${n} ${s}`).join(', ')}`);
lines.push('', 'diagnostics per rule:');
for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`  ${String(n).padStart(5)}  ${rule}`);
const silent = registered.filter((id) => !byRule.has(id));
lines.push(`  (${silent.length} enabled rules report nothing on the corpus)`);

// ── classification agreement ──
const accuracy = classificationAccuracy();
if (accuracy) {
  lines.push('', 'classification agreement with fixtures/classification (kind and concept):');
  for (const [set, r] of Object.entries(accuracy)) lines.push(`  ${set.padEnd(12)} ${(100 * r.agree / r.total).toFixed(1)}% of ${r.total}`);
}

// ── sample for review ──
const sample = sampleFindings(findings, sampleSize);
const out = resolve(ROOT, opts.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, renderSample(sample));
lines.push('', `${sample.length} sampled findings written to ${opts.out}`);
if (opts.json) {
  writeFileSync(resolve(ROOT, opts.json), JSON.stringify({ preset: opts.preset, files: files.length, findings }, null, 2) + '\n');
  lines.push(`every diagnostic written to ${opts.json}`);
}
console.log(lines.join('\n'));

// ── helpers ──
function pick(d) {
  return { ruleId: d.ruleId, severity: d.severity, line: d.line, column: d.column, path: d.path, message: d.message };
}

function count(items, key) {
  const m = new Map();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

/** Round-robin over rules, each rule's findings in a stable hash order, so every rule is represented. */
function sampleFindings(all, n) {
  const hash = (f) => createHash('sha1').update(`${f.file}:${f.line}:${f.column}:${f.ruleId}`).digest('hex');
  const queues = [...count(all, (f) => f.ruleId).keys()].sort().map((rule) => all.filter((f) => f.ruleId === rule).sort((a, b) => hash(a).localeCompare(hash(b))));
  const out = [];
  while (out.length < n && queues.some((q) => q.length > 0)) for (const q of queues) if (q.length > 0 && out.length < n) out.push(q.shift());
  return out.sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.file.localeCompare(b.file) || a.line - b.line);
}

function renderSample(sample) {
  const md = [`# Sampled findings (${opts.preset} preset)`, '', 'Generated by `node scripts/corpus-report.mjs`. Judge each finding right or wrong against the config and its framework; record the judgements in docs/accuracy.md.', ''];
  sample.forEach((f, i) => {
    md.push(`${i + 1}. \`${f.ruleId}\` (${f.severity}) — \`${f.file}:${f.line}:${f.column}\``, `   ${f.message}`, '   ```', `   ${f.source.trim()}`, '   ```', '   Judgement: ');
  });
  return md.join('\n') + '\n';
}

function classificationAccuracy() {
  const dir = join(ROOT, 'fixtures', 'classification');
  if (!existsSync(dir)) return undefined;
  const sets = {};
  const score = (label, root, set) => {
    const format = core.formatFromPath(label.file);
    const key = join(root, label.file);
    let fields = fieldCache.get(key);
    if (!fields) {
      const result = core.analyze(readFileSync(key, 'utf8'), { format, filePath: label.file });
      fields = new Map((result.analysis?.fields ?? []).filter((f) => f.documentIndex === 0).reverse().map((f) => [f.pointer, f]));
      fieldCache.set(key, fields);
    }
    const field = fields.get(label.pointer);
    const row = (sets[set] ??= { agree: 0, total: 0 });
    row.total++;
    if (field && field.kind === label.kind && (field.concept ?? null) === label.concept) row.agree++;
  };
  const fieldCache = new Map();
  for (const f of readdirSync(join(dir, 'corpus')).filter((x) => x.endsWith('.json'))) {
    const set = f === 'holdout-after-tuning.json' ? 'holdout' : 'development';
    for (const l of JSON.parse(readFileSync(join(dir, 'corpus', f), 'utf8')).labels) score(l, CORPUS, set);
  }
  for (const l of JSON.parse(readFileSync(join(dir, 'synthetic', 'labels.json'), 'utf8')).labels) score(l, join(dir, 'synthetic'), 'synthetic');
  return sets;
}

function fail(message) {
  console.error(`corpus-report: ${message}`);
  process.exit(1);
}
