import { describe, expect, it } from 'vitest';
import { booleanValue, durationValue, numberValue, specialKind, stringValue, type ConfigNode } from '../../src/index.js';
import { analysisOf, mustNode } from '../document-helpers.js';

/** The node of `v:` after the loader ran (PyYAML unless said otherwise). */
function node(yamlValue: string, loader: 'pyyaml' | 'omegaconf' = 'pyyaml'): ConfigNode {
  return mustNode(analysisOf(`v: ${yamlValue}\n`, 'yaml', { loader }).document, '/v');
}

describe('placeholders are unknown values, never literals', () => {
  it.each([
    ['auto', 'auto'],
    ['Auto', 'auto'],
    ['"auto"', 'auto'],
    ['???', 'missing'],
    ['${model.lr}', 'interpolation'],
    ['lr_${trainer.max_steps}', 'interpolation'],
    ['${oc.env:HOME}', 'interpolation'],
    ['!ref <lr>', 'reference'],
    ['!ref <train_len> * <number_of_epochs>', 'reference'],
    ['!PLACEHOLDER', 'reference'],
    ['!name:torch.optim.Adam', 'reference'],
    ['!new:speechbrain.nnet.schedulers.NewBobScheduler', 'reference'],
    ['interval(0, 1)', 'search-space'],
    ['int(interval(4, 16))', 'search-space'],
    ['choice(32, 64, 128, 256)', 'search-space'],
    ['tag(log, interval(0.001, 1))', 'search-space'],
    ['loguniform(1e-5, 1e-2)', 'search-space'],
    ['"{{ lr }}"', 'template'],
    ["'{{ lr | default(1e-4) }}'", 'template'],
  ])('%s is %s', (text, kind) => {
    const n = node(text);
    expect(specialKind(n)).toBe(kind);
    expect(numberValue(n)).toBeUndefined();
    expect(stringValue(n)).toBeUndefined();
    expect(durationValue(n)).toBeUndefined();
  });

  it('treats DeepSpeed "auto" in JSON the same way', () => {
    const a = analysisOf('{"optimizer": {"params": {"lr": "auto"}}}', 'json');
    expect(specialKind(mustNode(a.document, '/optimizer/params/lr'))).toBe('auto');
  });

  it('treats an unquoted Jinja expression, which YAML reads as a one-entry mapping, as a template', () => {
    for (const text of ['{{ lr }}', '{{ base_lr * 2 }}', '{{lr}}']) expect(specialKind(node(text)), text).toBe('template');
    // Other flow mappings are values: a mapping of one key, or one whose key is not the inner braces.
    for (const text of ['{lr: 1}', '{a}', '{ {lr: 1}: 2 }', '{{ lr }: 3}']) expect(specialKind(node(text)), text).toBeUndefined();
  });

  it('treats an opaque node (a recursive alias) as an expression', () => {
    const a = analysisOf('n: &n\n  child: *n\n');
    expect(specialKind(mustNode(a.document, '/n/child'))).toBe('expression');
  });

  it('does not mistake ordinary strings for placeholders', () => {
    for (const text of ['automatic', 'auto_find_batch_size', '(0, 1)', 'interval', 'cosine', '$HOME', '{a}']) {
      const n = node(text);
      expect(specialKind(n), text).toBeUndefined();
      expect(stringValue(n), text).toBe(n.kind === 'scalar' ? n.value : undefined);
    }
    expect(specialKind(node('1e-4'))).toBeUndefined();
    expect(specialKind(undefined)).toBeUndefined();
  });
});

describe('numbers, booleans and strings as meant', () => {
  it('reads the number a person meant, including numbers PyYAML keeps as strings', () => {
    expect(numberValue(node('2e-5'))).toBe(2e-5); // a string under PyYAML, still meant as 2e-5
    expect(numberValue(node('"3e-4"'))).toBe(3e-4);
    expect(numberValue(node('1_000'))).toBe(1000);
    expect(numberValue(node('.1'))).toBe(0.1);
    expect(numberValue(node('-1'))).toBe(-1);
    expect(numberValue(node('12345678901234567890'))).toBe(12345678901234567890);
    expect(numberValue(node('.nan'))).toBeUndefined();
    expect(numberValue(node('abc'))).toBeUndefined();
    expect(numberValue(node('true'))).toBeUndefined();
    expect(numberValue(node('[1, 2]'))).toBeUndefined();
  });

  it('reads booleans, and the strings "true"/"false" some CLIs write', () => {
    expect(booleanValue(node('true'))).toBe(true);
    expect(booleanValue(node('yes'))).toBe(true); // YAML 1.1
    expect(booleanValue(node('"True"'))).toBe(true);
    expect(booleanValue(node('"false"'))).toBe(false);
    expect(booleanValue(node('auto'))).toBeUndefined();
    expect(booleanValue(node('1'))).toBeUndefined();
  });
});

describe('durations with units (Composer, OLMo)', () => {
  it.each([
    ['100ba', { amount: 100, unit: 'ba' }],
    ['4800ba', { amount: 4800, unit: 'ba' }],
    ['1_000ba', { amount: 1000, unit: 'ba' }],
    ['1ep', { amount: 1, unit: 'ep' }],
    ['1.5ep', { amount: 1.5, unit: 'ep' }],
    ['0.02dur', { amount: 0.02, unit: 'dur' }],
    ['2e12T', { amount: 2e12, unit: 'T' }],
    ['100e9T', { amount: 1e11, unit: 'T' }],
    ['5tok', { amount: 5, unit: 'tok' }],
    ['10sp', { amount: 10, unit: 'sp' }],
    ['3it', { amount: 3, unit: 'it' }],
    ['100', { amount: 100 }],
    ['1e-4', { amount: 1e-4 }],
    ['-1', { amount: -1 }],
  ])('%s → %o', (text, duration) => {
    expect(durationValue(node(text))).toEqual(duration);
  });

  it('does not read `2e12T` as scientific notation or as a number', () => {
    const n = node('2e12T');
    expect(n.kind === 'scalar' && n.value).toBe('2e12T');
    expect(numberValue(n)).toBeUndefined();
  });

  it('gives no duration for text that is not one', () => {
    for (const text of ['abc', '100xyz', 'ba', '???', '${trainer.max_steps}', 'true', '[1, 2]']) expect(durationValue(node(text)), text).toBeUndefined();
  });
});
