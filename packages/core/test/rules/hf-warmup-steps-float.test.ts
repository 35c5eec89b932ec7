import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/index.js';
import { HF_ARGUMENTS_BLOCK, findings, positions } from '../helpers.js';

describe('hf-warmup-steps-float', () => {
  it('notes a fractional HF warmup_steps', () => {
    const d = findings('hf-warmup-steps-float', 'per_device_train_batch_size: 8\nlr_scheduler_type: cosine\nwarmup_steps: 0.05\n');
    expect(positions(d)).toEqual(['3:15']);
    expect(d[0].message).toBe('warmup_steps 0.05 is a fraction of the run only on transformers 5 or later.');
    expect(ruleById('hf-warmup-steps-float')?.severity).toBe('info');
  });

  it('reads a nested block a program hands to TrainingArguments whole, and not a program\'s own block', () => {
    expect(positions(findings('hf-warmup-steps-float', HF_ARGUMENTS_BLOCK + '  warmup_steps: 0.1\n'))).toEqual(['8:17']);
    expect(findings('hf-warmup-steps-float', 'train:\n  epochs: 3\n  lr: 0.001\n  warmup_steps: 0.1\n')).toEqual([]);
  });

  it('works on JSON TrainingArguments too', () => {
    expect(findings('hf-warmup-steps-float', '{"per_device_train_batch_size": 8, "num_train_epochs": 1, "warmup_steps": 0.1}', 'json')).toHaveLength(1);
  });

  it('leaves whole numbers and other frameworks alone', () => {
    expect(findings('hf-warmup-steps-float', 'per_device_train_batch_size: 8\nnum_train_epochs: 1\nwarmup_steps: 100\n')).toEqual([]);
    expect(findings('hf-warmup-steps-float', '[lr_scheduler]\nwarmup_steps = 0.5\n', 'toml')).toEqual([]);
  });
});
