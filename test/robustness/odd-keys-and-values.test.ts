/**
 * Keys and values no config means to have are still data. Every third corpus YAML file is linted with keys of every YAML
 * kind added to each mapping (null, a list, a mapping, numbers, a boolean, an empty string, a NUL, an astral character),
 * and with each number replaced by values at the edge of a float (`.inf`, `-.inf`, `.nan`, `1e308`, `5e-324`). No rule
 * may fail, every position must lie inside the file, and no message may spell a number as JavaScript does (`Infinity`,
 * `NaN`, `1e+308`): the people who read them write Python.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScalar, parseAllDocuments, parseDocument, visit, type Document, type YAMLMap } from 'yaml';
import { formatFromPath, lint, type Diagnostic } from '../../packages/core/src/index.js';
import { CORPUS_DIR, HAS_SHARED } from '../helpers/paths.js';

const ODD_KEYS = ['~', '[a, b]', '{a: 1}', '1', '1.5', 'true', '""', '"lr "', '"\\u0000"', '"𝒳"'];
const EDGE_NUMBERS = ['.inf', '-.inf', '.nan', '1e308', '5e-324'];

function assertSound(text: string, diagnostics: readonly Diagnostic[], where: string): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.ruleId, `${where}: ${d.message}`).not.toBe('rule-failure');
    expect(d.line, where).toBeGreaterThanOrEqual(1);
    expect(d.line, where).toBeLessThanOrEqual(lines);
    expect(d.column, where).toBeGreaterThanOrEqual(1);
    expect(d.message, where).not.toMatch(/Infinity|NaN/);
    // `yaml` writes the edited file's 1e308 back as `1e+308`; a message may quote the file as written.
    if (!text.includes('e+')) expect(d.message, where).not.toMatch(/\de\+\d/);
    expect(d.message, where).toMatch(/\.$/);
  }
}

/** The documents, or undefined when the file does not parse cleanly. */
function documentsOf(text: string): Document.Parsed[] | undefined {
  const docs = parseAllDocuments(text);
  return Array.isArray(docs) && docs.every((d) => d.errors.length === 0) ? docs : undefined;
}

function render(docs: readonly Document.Parsed[]): string | undefined {
  try {
    return docs.map((d) => d.toString()).join('---\n');
  } catch {
    // A document whose anchors the change left behind cannot be written back; nothing to lint.
    return undefined;
  }
}

describe.skipIf(!HAS_SHARED)('odd keys and edge numbers in real configs (skipped only when ../shared/corpus is absent)', () => {
  const files: { name: string; text: string }[] = [];
  if (HAS_SHARED) {
    for (const dir of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const name of readdirSync(join(CORPUS_DIR, dir.name)).sort()) {
        if (formatFromPath(name) === 'yaml') files.push({ name: `${dir.name}/${name}`, text: readFileSync(join(CORPUS_DIR, dir.name, name), 'utf8') });
      }
    }
  }
  const sample = files.filter((_, i) => i % 3 === 0);

  /** Lints each sampled file after `change` edited its documents, and checks every finding; returns how many were linted. */
  const lintChanged = (change: (doc: Document.Parsed) => void): number => {
    let linted = 0;
    for (const f of sample) {
      const docs = documentsOf(f.text);
      if (!docs) continue;
      for (const doc of docs) change(doc);
      const variant = render(docs);
      if (variant === undefined) continue;
      assertSound(variant, lint(variant, { format: 'yaml', settings: { extends: 'strict' } }).diagnostics, f.name);
      linted++;
    }
    return linted;
  };

  it('takes keys of every kind as data, in every mapping', () => {
    const linted = lintChanged((doc) => {
      const maps: YAMLMap[] = [];
      visit(doc, { Map: (_, map) => void maps.push(map) });
      ODD_KEYS.forEach((key, i) => {
        const parsed = parseDocument(`${key}: ${i}`).contents as YAMLMap;
        for (const map of maps) map.items.push(doc.createPair(parsed.items[0]!.key, i));
      });
    });
    expect(linted).toBeGreaterThan(sample.length * 0.8);
  }, 120_000);

  it.each(EDGE_NUMBERS)('takes %s in place of every number', (edge) => {
    const linted = lintChanged((doc) =>
      visit(doc, {
        Pair(_, pair) {
          if (!isScalar(pair.value) || typeof pair.value.value !== 'number') return;
          const replacement = parseDocument(`x: ${edge}`).get('x', true) as typeof pair.value;
          replacement.anchor = pair.value.anchor;
          pair.value = replacement;
        },
      }),
    );
    expect(linted).toBeGreaterThan(sample.length * 0.8);
  }, 120_000);
});
