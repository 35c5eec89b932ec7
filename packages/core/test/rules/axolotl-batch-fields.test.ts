import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'axolotl-batch-fields';

describe(RULE, () => {
  it('flags a single batch setting', () => {
    const d = findings(RULE, 'base_model: m\nsequence_len: 512\nmicro_batch_size: 2\nadapter: lora\n');
    expect(positions(d)).toEqual(['3:1']);
    expect(d[0]!.message).toBe('axolotl needs two of micro_batch_size, gradient_accumulation_steps and batch_size, but only micro_batch_size is set.');
  });

  it('flags gradient_accumulation_steps together with batch_size', () => {
    const d = findings(RULE, 'base_model: m\nsequence_len: 512\nmicro_batch_size: 2\ngradient_accumulation_steps: 4\nbatch_size: 16\n');
    expect(positions(d)).toEqual(['5:1']);
    expect(d[0]!.message).toBe('Set only one of gradient_accumulation_steps and batch_size.');
  });

  it('counts zero as unset, like axolotl', () => {
    expect(findings(RULE, 'base_model: m\nsequence_len: 512\nmicro_batch_size: 2\ngradient_accumulation_steps: 0\n')).toHaveLength(1);
  });

  it('stays quiet on valid pairs and on Ludwig LLM configs that share axolotl key names', () => {
    expect(findings(RULE, 'base_model: m\nsequence_len: 512\nmicro_batch_size: 2\ngradient_accumulation_steps: 4\n')).toEqual([]);
    expect(findings(RULE, 'base_model: m\nsequence_len: 512\nmicro_batch_size: 2\nbatch_size: 16\n')).toEqual([]);
    expect(findings(RULE, 'model_type: llm\nbase_model: m\nadapter:\n  type: lora\ninput_features:\n  - name: p\n    type: text\noutput_features:\n  - name: r\n    type: text\ntrainer:\n  type: finetune\n')).toEqual([]);
  });
});
