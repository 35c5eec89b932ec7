import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/index.js';
import { at, mustNode, parseDoc, parseProblems, span, textOf, valueAt } from '../document-helpers.js';

const DS = `{
  "train_batch_size": 64,
  "optimizer": {
    "type": "AdamW",
    "params": { "lr": 3e-5, "betas": [0.9, 0.999] }
  },
  "fp16": { "enabled": "auto" }
}
`;

describe('JSON parser', () => {
  it('keeps exact ranges for keys (with their quotes) and values', () => {
    const doc = parseDoc(DS, 'json');
    expect(doc.format).toBe('json');
    const root = mustNode(doc, '');
    if (root.kind !== 'map') throw new Error('map expected');
    expect(textOf(doc, root.entries[0].key.range)).toBe('"train_batch_size"');
    expect(root.entries[0].key.value).toBe('train_batch_size');
    expect(span(doc, root.entries[0].key.range)).toBe('2:3-2:21');
    expect(textOf(doc, root.entries[0].range)).toBe('"train_batch_size": 64');
    const lr = mustNode(doc, '/optimizer/params/lr');
    expect(at(doc, lr.range[0])).toBe('5:23');
    expect(lr.kind === 'scalar' && [lr.value, lr.raw, lr.style]).toEqual([3e-5, '3e-5', 'json']);
    expect(mustNode(doc, '/optimizer/params/betas/1').pointer).toBe('/optimizer/params/betas/1');
    expect(valueAt(doc, '/fp16/enabled')).toBe('auto');
    expect(span(doc, mustNode(doc, '/optimizer').range)).toBe('3:16-6:4');
  });

  it('rejects comments and trailing commas in strict JSON, at their positions', () => {
    const text = '{\n  "lr": 0.1, // peak\n  "wd": [1, 2,],\n}\n';
    const problems = parseProblems(text, 'json');
    expect(problems[0].code).toBe('InvalidCommentToken');
    expect(problems[0].message).toBe('Comments are not allowed in JSON.');
    expect(at(text, problems[0].range[0])).toBe('2:14');
    const trailing = '{"wd": [1, 2,]}';
    const t = parseProblems(trailing, 'json');
    expect(t[0].code).toBe('ValueExpected');
    expect(at(trailing, t[0].range[0])).toBe('1:14');
    const trailingKey = '{"a": 1,\n}';
    expect(at(trailingKey, parseProblems(trailingKey, 'json')[0].range[0])).toBe('2:1');
  });

  it('keeps the range of a comment left open at the end of the file inside the file (fuzz counterexample `/*`)', () => {
    for (const mode of ['json', 'jsonc'] as const) {
      const problems = parseProblems('/*', mode);
      expect(problems[0].range).toEqual([0, 2]);
    }
  });

  it('accepts comments and trailing commas in JSONC and keeps the comments', () => {
    const text = '{\n  // learning rate\n  "lr": 0.1, /* peak */\n  "wd": [1, 2,],\n}\n';
    const doc = parseDoc(text, 'jsonc');
    expect(doc.format).toBe('jsonc');
    expect(doc.comments.map((c) => [c.text, at(doc, c.range[0]), textOf(doc, c.range)])).toEqual([
      [' learning rate', '2:3', '// learning rate'],
      [' peak ', '3:14', '/* peak */'],
    ]);
    expect(valueAt(doc, '/wd/1')).toBe(2);
    const wd = mustNode(doc, '/wd');
    expect(wd.kind === 'seq' && wd.items.length).toBe(2);
  });

  it('records duplicate keys and keeps the last value, as json.load does', () => {
    const text = '{"lr": 0.1, "opt": {"type": "Adam", "type": "AdamW"}, "lr": 0.2}';
    const doc = parseDoc(text, 'json');
    expect(valueAt(doc, '/lr')).toBe(0.2);
    expect(valueAt(doc, '/opt/type')).toBe('AdamW');
    expect(doc.duplicateKeys.map((d) => [d.name, d.path, at(doc, d.key[0]), at(doc, d.first[0])])).toEqual([
      ['type', ['opt', 'type'], '1:37', '1:21'],
      ['lr', ['lr'], '1:55', '1:2'],
    ]);
  });

  it('keeps integers beyond 2^53 exact and reads other numbers as Python does', () => {
    const doc = parseDoc('{"seed": 12345678901234567890, "neg": -9007199254740993, "safe": 9007199254740991, "big": 1e400, "f": 1.5E-3}', 'json');
    expect(valueAt(doc, '/seed')).toBe(12345678901234567890n);
    expect(valueAt(doc, '/neg')).toBe(-9007199254740993n);
    expect(valueAt(doc, '/safe')).toBe(9007199254740991);
    expect(valueAt(doc, '/big')).toBe(Number.POSITIVE_INFINITY); // json.load gives inf
    expect(valueAt(doc, '/f')).toBe(0.0015);
    const seed = mustNode(doc, '/seed');
    expect(seed.kind === 'scalar' && seed.raw).toBe('12345678901234567890');
  });

  it('reads a top-level array and nested empty containers', () => {
    const doc = parseDoc('[{"lr": 1}, [], {}]', 'json');
    expect(valueAt(doc, '/0/lr')).toBe(1);
    expect(mustNode(doc, '/1').kind).toBe('seq');
    expect(mustNode(doc, '/2').kind).toBe('map');
  });

  it('strips a byte-order mark and keeps offsets relative to the text after it', () => {
    const doc = parseDoc('\uFEFF{"lr": 0.1}', 'json');
    expect(doc.bom).toBe(true);
    expect(at(doc, mustNode(doc, '/lr').range[0])).toBe('1:8');
  });

  it('reports errors with their positions', () => {
    const cases: [string, string, string][] = [
      ['', 'ValueExpected', '1:1'],
      ['{"lr": }', 'ValueExpected', '1:8'],
      ['{"lr": 0.1} extra', 'InvalidSymbol', '1:13'],
      ['{"lr": 0.1} {}', 'EndOfFileExpected', '1:13'],
      ['{"lr": 0.1', 'CloseBraceExpected', '1:11'],
      ['{"lr": "abc}', 'UnexpectedEndOfString', '1:8'],
      ['{lr: 1}', 'InvalidSymbol', '1:2'],
      ['{1: 1}', 'PropertyNameExpected', '1:2'],
      ['{"a": 1 "b": 2}', 'CommaExpected', '1:9'],
      ['{"a": 01}', 'CommaExpected', '1:8'], // as Python's json: "Expecting ',' delimiter" at column 8
      ['{"a": 1.}', 'UnexpectedEndOfNumber', '1:7'],
    ];
    for (const [text, code, pos] of cases) {
      const problems = parseProblems(text, 'json');
      expect([problems[0].code, at(text, problems[0].range[0])], text).toEqual([code, pos]);
      expect(problems[0].message, text).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('says when the first error stands on a template tag (LAFTR\'s Jinja `.json`), at the tag', () => {
    const text = '{\n  "exp_name": "laftr",\n  "dirs": { {% include "dirs/local.json" %} },\n  "lr": {{ lr }}\n}\n';
    const problems = parseProblems(text, 'json');
    expect(problems[0].message).toBe('Expected a property name in double quotes: `{%` starts a template tag.');
    expect(at(text, problems[0].range[0])).toBe('3:13');
    expect(problems[0].hint).toContain('rendered');
    expect(parseProblems('{"lr": {{ lr }} }', 'json')[0].message).toBe('Expected a property name in double quotes: `{{` starts a template tag.');
    // Other errors keep their plain message and no hint.
    expect(parseProblems('{"a": 1,}', 'json')[0]).not.toHaveProperty('hint');
    expect(parseProblems('{"a": {"b": 1}, }', 'json')[0].message).toBe('Expected a property name in double quotes.');
  });

  it('says what Python\'s `NaN` and `Infinity` are, on the word', () => {
    const text = '{\n  "learning_rate": 0.001,\n  "max_grad_norm": Infinity,\n  "best_metric": NaN\n}\n';
    const problems = parseProblems(text, 'json');
    expect(problems[0].message).toBe("`Infinity` is not JSON, though Python's json module writes and reads it.");
    expect([at(text, problems[0].range[0]), text.slice(problems[0].range[0], problems[0].range[1])]).toEqual(['3:20', 'Infinity']);
    expect(problems[0].hint).toContain('allow_nan=False');
    expect(parseProblems('{"lr": -Infinity}', 'json')[0].message).toBe("`-Infinity` is not JSON, though Python's json module writes and reads it.");
    expect(parseProblems('[NaN]', 'json')[0].message).toBe("`NaN` is not JSON, though Python's json module writes and reads it.");
    // A word that only starts like one is another mistake.
    expect(parseProblems('{"a": Infinite}', 'json')[0].message).toBe('Unexpected character.');
  });

  it('reports 100,000 levels of nesting as a positioned problem, without throwing', () => {
    const problems = parseProblems('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), 'json');
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('NESTING_TOO_DEEP');
    expect(problems[0].range[0]).toBe(5_000); // the 1001st brace
    expect(parseProblems('['.repeat(100_000), 'jsonc')[0].range[0]).toBe(1_000);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['{', '}', '[', '"', '\\', '{"a":{"b":[', '\u0000', '/*', '//', 'nul', '-', '1e', '{"a" 1}', '\uD800']) {
      for (const format of ['json', 'jsonc'] as const) {
        const out = parseConfig(text, { format });
        expect(out.document !== undefined || out.problems.length > 0, JSON.stringify(text)).toBe(true);
      }
    }
  });
});
