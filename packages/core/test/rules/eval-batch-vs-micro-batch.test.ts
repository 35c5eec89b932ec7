import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'eval-batch-vs-micro-batch';

describe(RULE, () => {
  it('flags an eval batch that differs from the micro batch', () => {
    const d = findings(RULE, 'base_model: m\nsequence_len: 512\nmicro_batch_size: 2\ngradient_accumulation_steps: 8\neval_batch_size: 16\n');
    expect(positions(d)).toEqual(['5:18']);
    expect(d[0]!.message).toBe('eval_batch_size 16 differs from micro_batch_size 2.');
  });

  it('stays quiet when equal, unset, or not axolotl', () => {
    expect(findings(RULE, 'base_model: m\nsequence_len: 512\nmicro_batch_size: 2\ngradient_accumulation_steps: 8\neval_batch_size: 2\n')).toEqual([]);
    expect(findings(RULE, 'base_model: m\nsequence_len: 512\nmicro_batch_size: 2\ngradient_accumulation_steps: 8\n')).toEqual([]);
    expect(findings(RULE, 'input_features: []\noutput_features: []\ncombiner:\n  type: concat\ntrainer:\n  batch_size: 2\n  eval_batch_size: 16\n')).toEqual([]);
  });
});
