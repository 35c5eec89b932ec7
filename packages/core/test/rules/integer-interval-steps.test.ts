import { describe, expect, it } from 'vitest';
import { HF_ARGUMENTS_BLOCK, findings, positions } from '../helpers.js';

const AXOLOTL = 'base_model: Qwen/Qwen3-30B-A3B\nmicro_batch_size: 1\nsequence_len: 2048\nsample_packing: true\n';

describe('integer-interval-steps', () => {
  it('flags an axolotl step count with a fraction above 1', () => {
    const d = findings('integer-interval-steps', `${AXOLOTL}lr_scheduler: cosine\nlearning_rate: 0.003\nwarmup_steps: 10.5\n`);
    expect(positions(d)).toEqual(['7:15']);
    expect(d[0].message).toBe('axolotl requires `warmup_steps` to be an integer, but it is 10.5.');
  });

  it('leaves an axolotl warmup_steps below 1 (RULES-CATALOG R2) to hf-warmup-steps-float: a ratio on transformers >= 5 (CORPUS-NOTES §8)', () => {
    expect(findings('integer-interval-steps', `${AXOLOTL}lr_scheduler: cosine\nlearning_rate: 0.003\nwarmup_steps: 0.1\n`)).toEqual([]);
    expect(findings('hf-warmup-steps-float', `${AXOLOTL}lr_scheduler: cosine\nlearning_rate: 0.003\nwarmup_steps: 0.1\n`).map((d) => d.explanation)).toEqual([
      expect.stringContaining('axolotl versions whose schema declares `warmup_steps: int` refuse the value'),
    ]);
  });

  it('flags HF save_steps above 1 that is not an integer, in YAML and JSON', () => {
    const d = findings('integer-interval-steps', 'per_device_train_batch_size: 8\nnum_train_epochs: 3\nsave_steps: 500.5\n');
    expect(d.map((x) => x.message)).toEqual(['`save_steps` 500.5 must be an integer when it is above 1.']);
    expect(findings('integer-interval-steps', '{"per_device_train_batch_size": 8, "lr_scheduler_type": "linear", "eval_strategy": "steps", "eval_steps": 2.5}', 'json')).toHaveLength(1);
  });

  it('reads a nested block a program hands to TrainingArguments whole', () => {
    expect(positions(findings('integer-interval-steps', HF_ARGUMENTS_BLOCK + '  save_steps: 250.5\n'))).toEqual(['8:15']);
    expect(findings('integer-interval-steps', HF_ARGUMENTS_BLOCK + '  save_steps: 250\n')).toEqual([]);
  });

  it('accepts ratios below 1, whole numbers, and steps whose strategy is not `steps`', () => {
    expect(findings('integer-interval-steps', 'per_device_train_batch_size: 8\nnum_train_epochs: 3\nsave_steps: 0.25\nlogging_steps: 10\n')).toEqual([]);
    // HF does not use eval_steps while eval_strategy is its default `no`.
    expect(findings('integer-interval-steps', 'per_device_train_batch_size: 8\nnum_train_epochs: 3\neval_steps: 2.5\n')).toEqual([]);
    expect(findings('integer-interval-steps', 'per_device_train_batch_size: 8\nnum_train_epochs: 3\nsave_strategy: epoch\nsave_steps: 2.5\n')).toEqual([]);
    // HF TrainingArguments (not axolotl) accepts warmup_steps 0.1 — hf-warmup-steps-float covers it.
    expect(findings('integer-interval-steps', 'per_device_train_batch_size: 8\nnum_train_epochs: 3\nwarmup_steps: 0.1\n')).toEqual([]);
  });
});
