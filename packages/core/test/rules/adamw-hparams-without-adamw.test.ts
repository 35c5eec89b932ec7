import { describe, expect, it } from 'vitest';
import { HF_ARGUMENTS_BLOCK, findings, positions } from '../helpers.js';

const RULE = 'adamw-hparams-without-adamw';

describe(RULE, () => {
  it('flags Adam betas with SGD in HF Trainer YAML and axolotl', () => {
    const d = findings(RULE, 'per_device_train_batch_size: 8\noptim: sgd\nadam_beta2: 0.95\n');
    expect(positions(d)).toEqual(['3:1']);
    expect(d[0]!.message).toBe('adam_beta2 has no effect with the `sgd` optimizer.');
    const ax = findings(RULE, 'base_model: m\nmicro_batch_size: 2\nsequence_len: 512\noptimizer: muon\nadam_beta1: 0.9\nadam_epsilon: 1.0e-8\n');
    expect(ax[0]!.message).toBe('adam_beta1, adam_epsilon have no effect with the `muon` optimizer.');
  });

  it('reads a nested block a program hands to TrainingArguments whole, by its `optim` only', () => {
    expect(positions(findings(RULE, HF_ARGUMENTS_BLOCK + '  optim: sgd\n  adam_beta2: 0.98\n'))).toEqual(['9:3']);
    expect(findings(RULE, HF_ARGUMENTS_BLOCK + '  optimizer: sgd\n  adam_beta2: 0.98\n')).toEqual([]);
  });

  it('flags Adafactor in JSON', () => {
    const text = '{"per_device_train_batch_size": 8, "optim": "adafactor", "adam_epsilon": 1e-6}';
    expect(positions(findings(RULE, text, 'json'))).toEqual([`1:${text.indexOf('"adam_epsilon"') + 1}`]);
  });

  it('stays quiet for AdamW variants, Lion, AdEMAMix, the default optimizer and unset betas', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 8\noptim: adamw_torch_fused\nadam_beta2: 0.95\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 8\noptim: lion_8bit\nadam_beta2: 0.99\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 8\noptim: ademamix\nadam_beta1: 0.9\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 8\nadam_beta2: 0.95\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 8\noptim: sgd\nadam_beta2: null\n')).toEqual([]);
  });
});
