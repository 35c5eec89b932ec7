/**
 * Every input of the YAML, TOML and JSON conformance suites goes through the whole engine: valid
 * inputs give a document and no parse-error, invalid ones a parse-error with a position inside the
 * text, and nothing throws. Where a parser we depend on disagrees with a suite, the case is listed
 * below with the reason.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex, decodeConfigBytes, lint, type ConfigFormat, type Diagnostic } from '../../packages/core/src/index.js';
import { HAS_SHARED, TESTSUITES_DIR } from '../helpers/paths.js';

/** Known disagreements between our parsers and the suites. */
const KNOWN: Record<string, string> = {
  // eemeli/yaml accepts a second %YAML directive for the same document (it warns); the spec says error.
  'yaml:SF5V': 'yaml accepts a duplicate %YAML directive',
  // A flow sequence whose lines are not indented past its key: the spec says error, PyYAML reads it, and
  // so does mlconfig (parse/yaml-flow-fold.ts), since the training scripts that read these files use PyYAML.
  'yaml:9C9N': 'read as PyYAML reads it: an under-indented flow sequence',
  // A comment right after a closing quote, a bracket or a comma (`key: "value"# comment`, `[ a, b, c, ]#comment`, `c,#x`): the spec wants
  // white space first; PyYAML, ruamel and OmegaConf read the comment, and so does mlconfig (parse/yaml.ts), since the
  // training scripts do (SuperPoint-Pytorch's `data_dir: './data/synthetic_shapes'#where to save generated data`).
  'yaml:9JBA': 'read as PyYAML reads it: a comment right after a flow sequence',
  'yaml:SU5Z': 'read as PyYAML reads it: a comment right after a double-quoted scalar',
  'yaml:CVW2': 'read as PyYAML reads it: a comment right after a comma in a flow sequence (PSENet\'s `],# 1 P/4`)',
  // A quoted scalar continued at or left of its key's indentation: PyYAML reads it (vampnet's SQL query), and so does
  // mlconfig (parse/yaml-quoted-fold.ts), with the value PyYAML gives it. A quoted key over several lines stays an error.
  'yaml:QB6E': 'read as PyYAML reads it: a double-quoted scalar continued in column 1',
  'yaml:DK95/01': 'read as PyYAML reads it: a double-quoted scalar continued after a tab in column 1',
};

interface Outcome {
  readonly parseErrors: readonly Diagnostic[];
  readonly insideText: boolean;
}

function run(bytes: Buffer, format: ConfigFormat): Outcome {
  const decoded = decodeConfigBytes(bytes);
  if (decoded.error) return { parseErrors: [{ ruleId: 'parse-error' } as Diagnostic], insideText: true };
  const result = lint(decoded.text, { format, settings: { extends: 'strict' } });
  const text = decoded.text.replace(/^\uFEFF/, '');
  const lines = new LineIndex(text);
  const last = lines.positionAt(text.length);
  const inside = result.diagnostics.every((d) => d.line >= 1 && d.column >= 1 && (d.endLine < last.line || (d.endLine === last.line && d.endColumn <= last.column + 1)) && d.range[1] <= text.length);
  return { parseErrors: result.diagnostics.filter((d) => d.ruleId === 'parse-error'), insideText: inside };
}

function* yamlCases(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const p = join(dir, e.name);
    if (existsSync(join(p, 'in.yaml'))) yield p;
    else yield* yamlCases(p);
  }
}

describe.skipIf(!HAS_SHARED)('conformance suites through the whole engine (skipped only when ../shared/testsuites is absent)', () => {
  it('yaml-test-suite: valid inputs parse, invalid inputs give a positioned parse-error', () => {
    const root = join(TESTSUITES_DIR, 'yaml-test-suite');
    const wrong: string[] = [];
    let count = 0;
    for (const dir of yamlCases(root)) {
      count++;
      const id = relative(root, dir);
      const invalid = existsSync(join(dir, 'error'));
      const outcome = run(readFileSync(join(dir, 'in.yaml')), 'yaml');
      expect(outcome.insideText, `${id}: positions inside the text`).toBe(true);
      if (invalid === (outcome.parseErrors.length > 0)) continue;
      if (KNOWN[`yaml:${id}`]) continue;
      wrong.push(`${id} (${invalid ? 'accepted an invalid input' : `rejected a valid input: ${outcome.parseErrors[0]?.message}`})`);
    }
    expect(count).toBeGreaterThan(350);
    expect(wrong).toEqual([]);
  });

  it('toml-test (TOML 1.0, what Python\'s tomllib reads): valid inputs parse, invalid ones are rejected', () => {
    const root = join(TESTSUITES_DIR, 'toml-test', 'tests');
    const list = readFileSync(join(root, 'files-toml-1.0.0'), 'utf8').split('\n').filter((l) => l.endsWith('.toml'));
    const wrong: string[] = [];
    for (const file of list) {
      const invalid = file.startsWith('invalid/');
      const outcome = run(readFileSync(join(root, file)), 'toml');
      expect(outcome.insideText, `${file}: positions inside the text`).toBe(true);
      if (invalid !== (outcome.parseErrors.length > 0) && !KNOWN[`toml:${file}`]) wrong.push(file);
    }
    expect(list.length).toBeGreaterThan(600);
    expect(wrong).toEqual([]);
  });

  it('JSONTestSuite: y_ parse, n_ are rejected, i_ never throw', () => {
    const root = join(TESTSUITES_DIR, 'JSONTestSuite', 'test_parsing');
    const wrong: string[] = [];
    for (const file of readdirSync(root)) {
      const outcome = run(readFileSync(join(root, file)), 'json');
      expect(outcome.insideText, `${file}: positions inside the text`).toBe(true);
      const rejected = outcome.parseErrors.length > 0;
      if ((file.startsWith('y_') && rejected) || (file.startsWith('n_') && !rejected)) wrong.push(file);
    }
    expect(wrong).toEqual([]);
  });
});
