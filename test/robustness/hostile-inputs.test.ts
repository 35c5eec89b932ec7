/**
 * Inputs built to hurt a parser or a linter. Each gets a clear outcome: a positioned parse-error or
 * a normal result, never an exception, a hang or polluted prototypes.
 */
import { describe, expect, it } from 'vitest';
import { decodeConfigBytes, lint, type ConfigFormat, type Diagnostic } from '../../packages/core/src/index.js';
import { CONCEPTS } from '../../packages/core/src/classify/concepts.js';

const strict = { extends: 'strict' as const };
const run = (text: string, format: ConfigFormat = 'yaml'): readonly Diagnostic[] => lint(text, { format, settings: strict }).diagnostics;
const parseErrors = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.ruleId === 'parse-error');

describe('hostile inputs', () => {
  it('stops a YAML "billion laughs" alias bomb with a positioned error', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const errors = parseErrors(run(lines.join('\n') + '\n'));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/alias bomb/);
    expect(errors[0].line).toBeGreaterThan(1);
  });

  it.each<[string, ConfigFormat, string]>([
    ['YAML flow sequences', 'yaml', '['.repeat(100_000)],
    ['YAML block mappings', 'yaml', Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
    ['JSON arrays', 'json', '['.repeat(100_000)],
    ['JSON objects', 'json', '{"a":'.repeat(100_000)],
    ['TOML inline arrays', 'toml', 'a = ' + '['.repeat(100_000)],
  ])('reports %s nested 100,000 levels deep without throwing', (_name, format, text) => {
    const errors = parseErrors(run(text, format));
    expect(errors.length).toBe(1);
    expect(errors[0].line).toBeGreaterThanOrEqual(1);
    expect(errors[0].column).toBeGreaterThanOrEqual(1);
  });

  it('treats __proto__ and constructor keys as data and pollutes no prototype', () => {
    for (const [text, format] of [
      ['__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\nlearning_rate: 0.1\n', 'yaml'],
      ['{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "lr": -1}', 'json'],
      ['[__proto__]\npolluted = true\n[constructor.prototype]\npolluted = true\n', 'toml'],
    ] as const) {
      const ds = run(text, format);
      expect(ds.every((d) => d.ruleId !== 'rule-failure')).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(run('{"__proto__": {"lr": -0.5}}', 'json').some((d) => d.ruleId === 'lr-non-negative' && d.path === '/__proto__/lr')).toBe(true);
  });

  it('rejects invalid UTF-8 at the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('lr: 0.1\nname: caf'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    const decoded = decodeConfigBytes(bytes);
    expect(decoded.error?.byteOffset).toBe(Buffer.byteLength('lr: 0.1\nname: caf'));
  });

  it('reads a byte-order mark and keeps columns relative to the text after it', () => {
    const [d] = run('\uFEFFdropout: 1.5\n').filter((x) => x.ruleId === 'dropout-range');
    expect([d.line, d.column]).toEqual([1, 10]);
  });

  it('counts CRLF, lone CR and mixed line endings as line breaks', () => {
    expect(run('a: 1\r\ndropout: 1.5\r\n').find((d) => d.ruleId === 'dropout-range')?.line).toBe(2);
    expect(run('{"a": 1,\r"b": 2,\n"dropout": 1.5}', 'json').find((d) => d.ruleId === 'dropout-range')?.line).toBe(3);
    expect(run('a = 1\r\nb = 2\ndropout = 1.5\r\n', 'toml').find((d) => d.ruleId === 'dropout-range')?.line).toBe(3);
  });

  it('rejects tab indentation in YAML with a position, and accepts tabs in JSON and TOML', () => {
    const [err] = parseErrors(run('model:\n\tdropout: 0.1\n'));
    expect(err.line).toBe(2);
    expect(parseErrors(run('{\n\t"dropout": 0.1\n}', 'json'))).toEqual([]);
    expect(parseErrors(run('[model]\n\tdropout = 0.1\n', 'toml'))).toEqual([]);
  });

  it('keeps columns right after astral characters (UTF-16 code units, as ESLint and SARIF count)', () => {
    const [d] = run('name: "🚀🚀"\nnote: "𝔘𝔫𝔦𝔠𝔬𝔡𝔢" ; dropout: 1.5\n'.replace(' ; ', '\n')).filter((x) => x.ruleId === 'dropout-range');
    expect([d.line, d.column]).toEqual([3, 10]);
    const [j] = run('{"name": "🚀🚀", "dropout": 2}', 'json').filter((x) => x.ruleId === 'dropout-range');
    expect(j.column).toBe('{"name": "🚀🚀", "dropout": '.length + 1);
  });

  it('survives empty, whitespace-only and comment-only files', () => {
    for (const [text, format] of [['', 'yaml'], ['   \n\n', 'yaml'], ['# nothing\n', 'yaml'], ['', 'toml'], ['# c\n', 'toml']] as const) {
      expect(parseErrors(run(text, format))).toEqual([]);
    }
    expect(parseErrors(run('', 'json'))).toHaveLength(1);
  });

  it('lints long plain scalars that end in a comma (runs of spaces or digits before it) in one pass', () => {
    // A backtracking pattern over such a value took minutes at this length (yaml-trailing-comma's first version).
    const spaces = `note: a${' '.repeat(400_000)}b,\n`;
    const digits = `seed: ${'1'.repeat(400_000)}x,\nlr: 0.1,\n`;
    expect(run(spaces).filter((d) => d.ruleId === 'yaml-trailing-comma')).toEqual([]);
    expect(run(digits).filter((d) => d.ruleId === 'yaml-trailing-comma').map((d) => d.line)).toEqual([2]);
  });

  it.each([
    ['layer widths joined by underscores (DYGANVC)', '"256_256_256_256_256_256"'],
    ['an integer past 2^53', '9007199254740993'],
    ['a thirty-digit integer', '123456789012345678901234567890'],
    ['the largest double', '1.7976931348623157e308'],
    ['its negative', '-1.7976931348623157e308'],
  ])('finishes when every setting it knows by name holds %s', (_what, value) => {
    // Every name of the vocabulary in one mapping, so that rules comparing settings (width and heads, warmup and run,
    // batch products) meet the value on both sides. A rule that counted up to it would never finish
    // (hidden-size-divisible-by-heads' divisor search did, on DYGANVC's config).
    const names = [...new Set(CONCEPTS.flatMap((c) => c.names))];
    // Each name a slightly different value (the last digit varies), so that no two compared settings are equal.
    const valueOf = (i: number): string => value.replace(/\d(?=["e]|$)/, String((i % 7) + 1));
    const text = `model:\n${names.map((n, i) => `  ${n}: ${valueOf(i)}`).join('\n')}\n`;
    const lastLine = names.length + 1;
    for (const format of ['yaml', 'json'] as const) {
      const source = format === 'yaml' ? text : `{"model": {${names.map((n, i) => `"${n}": ${valueOf(i)}`).join(', ')}}}`;
      const ds = run(source, format);
      expect(ds.filter((d) => d.ruleId === 'parse-error' || d.ruleId === 'rule-failure')).toEqual([]);
      for (const d of ds) expect(d.line).toBeLessThanOrEqual(format === 'yaml' ? lastLine : 1);
    }
  });

  it('handles a 50,000-key file', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `key_${i}: ${i}`).join('\n') + '\ndropout: 3\n';
    expect(run(text).some((d) => d.ruleId === 'dropout-range' && d.line === 50_001)).toBe(true);
  });
});
