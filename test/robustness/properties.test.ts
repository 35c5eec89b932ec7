/**
 * Property tests (fast-check): whatever the text, the engine returns diagnostics whose positions lie
 * inside the file and never throws; fixes produce text that re-parses, change only the values they
 * target, and are idempotent. `npm test` runs a bounded number of cases; `npm run fuzz` runs many
 * more (FUZZ_RUNS).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify as yamlStringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LineIndex, analyze, applyFixes, formatFromPath, lint, type ConfigFormat, type ConfigNode, type Diagnostic } from '../../packages/core/src/index.js';
import { CORPUS_DIR, HAS_SHARED } from '../helpers/paths.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
// vitest's 60 s limit suits `npm test`'s bounded runs; a long `npm run fuzz` needs time in proportion.
const TIMEOUT_MS = Math.max(60_000, RUNS * 30);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20261128;
const FORMATS: ConfigFormat[] = ['yaml', 'json', 'jsonc', 'toml'];

function lintStrict(text: string, format: ConfigFormat): readonly Diagnostic[] {
  return lint(text, { format, settings: { extends: 'strict' } }).diagnostics;
}

/** The invariants every result must satisfy. */
function assertWellFormed(text: string, diagnostics: readonly Diagnostic[]): void {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = new LineIndex(body);
  const end = lines.positionAt(body.length);
  for (const d of diagnostics) {
    expect(d.ruleId).not.toBe('rule-failure');
    expect(d.message).toMatch(/[.!?]$/);
    expect(d.range[0]).toBeGreaterThanOrEqual(0);
    expect(d.range[1]).toBeLessThanOrEqual(body.length);
    expect(d.range[0]).toBeLessThanOrEqual(d.range[1]);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.line < end.line || (d.line === end.line && d.column <= end.column)).toBe(true);
    expect(d.endLine < end.line || (d.endLine === end.line && d.endColumn <= end.column)).toBe(true);
    expect(d.line < d.endLine || (d.line === d.endLine && d.column <= d.endColumn)).toBe(true);
  }
}

/** Characters that matter to the three grammars, so random text often gets past the first token. */
const SYNTAX = fc.constantFrom(...':-[]{},#&*!|>\'"\n\r\t =.0123456789eE+_abcdlrtuy<$?%@`~\\/'.split(''), '\u00e9', '🚀', '\uFEFF', '\u2028');
const configish = fc.array(SYNTAX, { maxLength: 300 }).map((cs) => cs.join(''));

describe('properties: the engine never throws and positions stay inside the file', () => {
  it.each(FORMATS)('arbitrary text as %s', (format) => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), configish), (text) => {
        assertWellFormed(text, lintStrict(text, format));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);

  it('quoted strings continued at any indentation (read as PyYAML reads them) keep every position inside the file', () => {
    // Lines that open, continue and close quoted scalars at column 1, with escapes, comments and flow collections around.
    const piece = fc.constantFrom('query: "', "prompt: '", 'SELECT a,', '  FROM b', '"', "'", "it''s", '\\"', 'x: 1', '# note', '- item', '{a: "b', '}', '---', '...', '', '  ');
    const quoted = fc.array(piece, { maxLength: 24 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(quoted, fc.constantFrom('\n', '\r\n'), (text, eol) => {
        const input = text.replace(/\n/g, eol);
        assertWellFormed(input, lintStrict(input, 'yaml'));
      }),
      { numRuns: RUNS * 4, seed: SEED },
    );
  }, TIMEOUT_MS);

  it('deep and wide structures serialised as YAML and JSON', () => {
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('node'), tie('list')),
      leaf: fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 12 }), fc.constantFrom('auto', '???', '${a.b}', '1e-4')),
      node: fc.dictionary(fc.constantFrom('lr', 'learning_rate', 'dropout', 'optimizer', 'weight_decay', 'betas', 'warmup_steps', 'max_steps', 'fp16', 'bf16', 'x', '__proto__', 'fc.weight'), tie('tree'), { maxKeys: 8 }),
      list: fc.array(tie('tree'), { maxLength: 12 }),
    }));
    fc.assert(
      fc.property(tree, (value) => {
        const json = JSON.stringify(value) ?? 'null';
        assertWellFormed(json, lintStrict(json, 'json'));
        const yaml = yamlStringify(value);
        assertWellFormed(yaml, lintStrict(yaml, 'yaml'));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);

  it('W&B config files (each setting wrapped as {desc, value}) whatever the values', () => {
    const leaf = fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 12 }), fc.constantFrom('auto', '1e-4', '-1'));
    const value = fc.oneof(leaf, fc.array(leaf, { maxLength: 4 }), fc.dictionary(fc.constantFrom('lr', 'betas', 'x', '__proto__'), leaf, { maxKeys: 3 }));
    const settings = fc.dictionary(fc.constantFrom('learning_rate', 'lr', 'batch_size', 'warmup_ratio', 'dropout', 'weight_decay', 'no_cuda', 'optimizer', '__proto__', 'x'), value, { minKeys: 1, maxKeys: 8 });
    fc.assert(
      fc.property(settings, fc.boolean(), (tree, desc) => {
        const wrapped = Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, desc ? { desc: `the ${k}`, value: v } : { value: v }]));
        const yaml = yamlStringify({ wandb_version: 1, ...wrapped });
        assertWellFormed(yaml, lintStrict(yaml, 'yaml'));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});

describe.skipIf(!HAS_SHARED)('properties on real configs (skipped only when ../shared/corpus is absent)', () => {
  const files: { text: string; format: ConfigFormat }[] = [];
  if (HAS_SHARED) {
    for (const dir of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const name of readdirSync(join(CORPUS_DIR, dir.name)).sort()) {
        const format = formatFromPath(name);
        const text = format && format !== 'js' ? readFileSync(join(CORPUS_DIR, dir.name, name), 'utf8') : '';
        if (format && format !== 'js' && text.length < 40_000) files.push({ text, format });
      }
    }
  }

  it('mutated corpus configs never make the engine throw', () => {
    const mutation = fc.record({
      file: fc.nat({ max: files.length - 1 }),
      at: fc.nat(),
      remove: fc.nat({ max: 20 }),
      insert: configish.map((s) => s.slice(0, 20)),
    });
    fc.assert(
      fc.property(mutation, ({ file, at, remove, insert }) => {
        const { text, format } = files[file];
        const pos = at % (text.length + 1);
        const mutated = text.slice(0, pos) + insert + text.slice(pos + remove);
        assertWellFormed(mutated, lintStrict(mutated, format));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});

describe('properties: fixes', () => {
  /** Configs that carry fixable findings (PyYAML's `1e-4` strings) among ordinary values. */
  const fixable = fc
    .record({
      lr: fc.constantFrom('1e-4', '3E-5', '2e-5', '5e+3', '1.5e5', '0.001', '1.0e-4'),
      eps: fc.constantFrom('1e-8', '1.0e-8', '1e-6'),
      dropout: fc.constantFrom('0.1', '0', '.2'),
      name: fc.constantFrom('adamw', 'adam', '"1e-4"', "'2e-5'"),
      comment: fc.constantFrom('', '  # tuned', '  # 1e-4 in a comment'),
      eol: fc.constantFrom('\n', '\r\n'),
    })
    .map(({ lr, eps, dropout, name, comment, eol }) =>
      [`optimizer:`, `  name: ${name}`, `  lr: ${lr}${comment}`, `  eps: ${eps}`, `model:`, `  dropout: ${dropout}`, `  layers: [1e3, 2, 3]`, ``].join(eol),
    );

  it('fixed text re-parses, changes only targeted values, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(fixable, (text) => {
        const first = lintStrict(text, 'yaml');
        const { output, fixed } = applyFixes(text, first);
        const targeted = new Set(fixed.map((d) => d.path));
        const before = values(text, 'yaml');
        const after = values(output, 'yaml');
        expect(lintStrict(output, 'yaml').filter((d) => d.ruleId === 'parse-error')).toEqual([]);
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
        for (const [path, value] of before) {
          if (targeted.has(path)) expect(Number(after.get(path))).toBeCloseTo(Number(value));
          else expect(after.get(path)).toEqual(value);
        }
        const second = applyFixes(output, lintStrict(output, 'yaml'));
        expect(second.fixed).toEqual([]);
        expect(second.output).toBe(output);
        // Line endings and comments outside the edited values survive byte for byte.
        expect(output.split(/\r\n|\n/).length).toBe(text.split(/\r\n|\n/).length);
        expect(output.includes('\r\n')).toBe(text.includes('\r\n'));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});

/** Every scalar's loaded value by JSON pointer. */
function values(text: string, format: ConfigFormat): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const result = analyze(text, { format });
  const visit = (node: ConfigNode): void => {
    if (node.kind === 'map') node.entries.forEach((e) => visit(e.value));
    else if (node.kind === 'seq') node.items.forEach(visit);
    else if (node.kind === 'scalar') out.set(node.pointer, node.value);
  };
  for (const d of result.analysis?.document.documents ?? []) if (d.root) visit(d.root);
  return out;
}
