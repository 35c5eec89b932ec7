import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'qlora-needs-4bit';
const AXOLOTL = 'base_model: m\nmicro_batch_size: 2\nsequence_len: 2048\ngradient_accumulation_steps: 4\n';

describe(RULE, () => {
  it('flags qlora without load_in_4bit, and with 8-bit loading', () => {
    const missing = findings(RULE, AXOLOTL + 'adapter: qlora\n');
    expect(positions(missing)).toEqual(['5:10']);
    expect(missing[0]!.message).toBe('QLoRA needs `load_in_4bit: true`.');
    const eight = findings(RULE, AXOLOTL + 'adapter: qlora\nload_in_8bit: true\n');
    expect(eight[0]!.message).toBe('QLoRA loads the base model in 4-bit, not 8-bit.');
    expect(positions(findings(RULE, AXOLOTL + 'adapter: qlora\nload_in_4bit: false\n'))).toEqual(['6:15']);
  });

  it('flags quantised loading without an adapter, and merging a quantised qlora', () => {
    expect(findings(RULE, AXOLOTL + 'load_in_4bit: true\n')[0]!.message).toBe('load_in_4bit needs an adapter; axolotl does not full-fine-tune a quantised model.');
    expect(findings(RULE, AXOLOTL + 'adapter: qlora\nmerge_lora: true\nload_in_4bit: true\n')[0]!.message).toBe('A QLoRA adapter cannot be merged while the base model is loaded with load_in_4bit.');
  });

  it('flags Ludwig LLM quantisation without a lora adapter', () => {
    const d = findings(RULE, 'model_type: llm\nbase_model: m\nquantization:\n  bits: 4\ninput_features:\n  - name: p\n    type: text\noutput_features:\n  - name: r\n    type: text\n');
    expect(positions(d)).toEqual(['3:1']);
    expect(d[0]!.message).toBe('Ludwig fine-tunes a quantised LLM only with a `lora` adapter, but the adapter is not set.');
  });

  it('stays quiet on valid QLoRA, LoRA, peft-backend quantisation and inference', () => {
    expect(findings(RULE, AXOLOTL + 'adapter: qlora\nload_in_4bit: true\n')).toEqual([]);
    expect(findings(RULE, AXOLOTL + 'adapter: lora\nload_in_8bit: true\n')).toEqual([]);
    expect(findings(RULE, AXOLOTL + 'adapter: qlora\npeft:\n  backend: torchao\n  weight_dtype: int4\n')).toEqual([]);
    expect(findings(RULE, AXOLOTL + 'load_in_4bit: true\ninference: true\n')).toEqual([]);
    expect(findings(RULE, 'model_type: llm\nbase_model: m\nadapter:\n  type: lora\nquantization:\n  bits: 4\ninput_features:\n  - name: p\n    type: text\noutput_features:\n  - name: r\n    type: text\n')).toEqual([]);
  });
});
