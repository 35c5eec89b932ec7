/**
 * Key and value names that every JavaScript object answers to (`constructor`, `toString`, `__proto__`, …) are data in a
 * config, however the engine looks them up. Every corpus config (YAML, JSON, TOML) is linted twice: once with each such name added as a
 * key to every mapping, once with its string values replaced by them. No rule may fail, and no finding may quote a
 * function's source (what a lookup in a plain object returns for `toString`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseAllDocuments, visit } from 'yaml';
import { formatFromPath, lint, type ConfigFormat, type Diagnostic } from '../../packages/core/src/index.js';
import { CORPUS_DIR, HAS_SHARED } from '../helpers/paths.js';

/** Object.prototype's names: what `obj[name]` finds on any plain object unless the object has the key itself. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const lintStrict = (text: string, format: ConfigFormat): readonly Diagnostic[] => lint(text, { format, settings: { extends: 'strict' } }).diagnostics;

function assertSound(diagnostics: readonly Diagnostic[], where: string): void {
  for (const d of diagnostics) {
    expect(d.ruleId, `${where}: ${d.message}`).not.toBe('rule-failure');
    expect(d.message, where).not.toMatch(/native code|=>|function\s*\w*\s*\(/);
  }
}

/** The YAML text with every name added as a key to every mapping (`toString: 2.5`), or with every string value replaced. */
function yamlVariant(text: string, mode: 'keys' | 'values'): string | undefined {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return undefined;
  let n = 0;
  for (const doc of docs) {
    visit(doc, {
      Map(_, map) {
        if (mode === 'keys') for (const name of PROTOTYPE_NAMES) if (!map.has(name)) map.add(doc.createPair(name, 2.5));
      },
      Pair(_, pair) {
        if (mode === 'values' && isScalar(pair.value) && typeof pair.value.value === 'string' && !isMap(pair.value)) {
          pair.value.value = PROTOTYPE_NAMES[n++ % PROTOTYPE_NAMES.length];
        }
      },
    });
  }
  return docs.map((d) => d.toString()).join('---\n');
}

/** The same for JSON. */
function jsonVariant(text: string, mode: 'keys' | 'values'): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  let n = 0;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'string') return mode === 'values' ? PROTOTYPE_NAMES[n++ % PROTOTYPE_NAMES.length] : v;
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: walk(x), enumerable: true, writable: true, configurable: true });
    if (mode === 'keys') for (const name of PROTOTYPE_NAMES) if (!Object.hasOwn(out, name)) Object.defineProperty(out, name, { value: 2.5, enumerable: true, writable: true, configurable: true });
    return out;
  };
  return JSON.stringify(walk(data), null, 2);
}

/** The same for TOML, in its text: the names as keys of the top table and of every table, or as every basic string value. */
function tomlVariant(text: string, mode: 'keys' | 'values'): string {
  let n = 0;
  if (mode === 'values') return text.replace(/=[ \t]*"[^"\\\n]*"/g, () => `= "${PROTOTYPE_NAMES[n++ % PROTOTYPE_NAMES.length]}"`);
  const keys = PROTOTYPE_NAMES.map((name) => `${name} = 2.5\n`).join('');
  return keys + text.replace(/^([ \t]*\[[^\n]*\][ \t]*(?:#[^\n]*)?)$/gm, (header) => `${header}\n${keys.trimEnd()}`);
}

describe.skipIf(!HAS_SHARED)('Object.prototype names in real configs (skipped only when ../shared/corpus is absent)', () => {
  const files: { name: string; text: string; format: 'yaml' | 'json' | 'toml' }[] = [];
  if (HAS_SHARED) {
    for (const dir of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const name of readdirSync(join(CORPUS_DIR, dir.name)).sort()) {
        const format = formatFromPath(name);
        if (format === 'yaml' || format === 'json' || format === 'toml') files.push({ name: `${dir.name}/${name}`, text: readFileSync(join(CORPUS_DIR, dir.name, name), 'utf8'), format });
      }
    }
  }

  it.each(['keys', 'values'] as const)('as %s, they never make a rule fail', (mode) => {
    let linted = 0;
    for (const f of files) {
      const variant = f.format === 'yaml' ? yamlVariant(f.text, mode) : f.format === 'json' ? jsonVariant(f.text, mode) : tomlVariant(f.text, mode);
      if (variant === undefined) continue;
      assertSound(lintStrict(variant, f.format), f.name);
      linted++;
    }
    // Nearly every corpus file parses, so nearly every one was linted.
    expect(linted).toBeGreaterThan(files.length * 0.9);
  }, 120_000);
});

describe('Object.prototype names where a framework looks them up', () => {
  it("takes none of them for one of DeepSpeed's 1-bit optimizers", () => {
    const text = '{"train_batch_size": 16, "optimizer": {"type": "constructor", "params": {"lr": 1e-4}}, "zero_optimization": {"stage": 2}}';
    expect(lintStrict(text, 'json').filter((d) => d.ruleId === 'ds-onebit-vs-zero')).toEqual([]);
    // The real one is still reported.
    expect(lintStrict(text.replace('constructor', 'OneBitAdam'), 'json').filter((d) => d.ruleId === 'ds-onebit-vs-zero')).toHaveLength(1);
  });

  it("lints a Ludwig scheduler and optimizer that name them, without a rule failing", () => {
    const text = 'input_features:\n  - name: a\n    type: text\noutput_features:\n  - name: b\n    type: category\ncombiner:\n  type: concat\ntrainer:\n  learning_rate: 0.001\n  optimizer:\n    type: constructor\n  learning_rate_scheduler:\n    decay: cosine\n    constructor: 5\n    toString: 7\n';
    assertSound(lintStrict(text, 'yaml'), 'ludwig');
  });
});
