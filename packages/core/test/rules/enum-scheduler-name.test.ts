import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('enum-scheduler-name', () => {
  it('flags an HF lr_scheduler_type that is not a SchedulerType', () => {
    const d = findings('enum-scheduler-name', 'per_device_train_batch_size: 8\nnum_train_epochs: 3\nlr_scheduler_type: cosine_annealing\n');
    expect(positions(d)).toEqual(['3:20']);
    expect(d[0].message).toMatch(/^HF Trainer has no learning-rate scheduler "cosine_annealing"/);
  });

  it('flags an axolotl lr_scheduler and accepts its own one_cycle', () => {
    expect(findings('enum-scheduler-name', 'base_model: x\nmicro_batch_size: 2\nsequence_len: 512\nlr_scheduler: consine\n').map((x) => x.message)).toEqual([
      'axolotl has no learning-rate scheduler "consine"; did you mean "cosine".',
    ]);
    expect(findings('enum-scheduler-name', 'base_model: x\nmicro_batch_size: 2\nsequence_len: 512\nlr_scheduler: one_cycle\n')).toEqual([]);
  });

  it('flags a DeepSpeed scheduler type with the wrong case, in JSON', () => {
    const d = findings('enum-scheduler-name', '{"train_micro_batch_size_per_gpu": 1, "scheduler": {"type": "warmuplr", "params": {}}}', 'json');
    expect(d[0].message).toBe('DeepSpeed has no scheduler "warmuplr"; did you mean "WarmupLR".');
  });

  it('flags a Ludwig decay type and accepts null', () => {
    expect(findings('enum-scheduler-name', 'input_features: []\noutput_features: []\ntrainer:\n  learning_rate_scheduler:\n    decay: step\n')).toHaveLength(1);
    expect(findings('enum-scheduler-name', 'input_features: []\noutput_features: []\ntrainer:\n  learning_rate_scheduler:\n    decay: null\n')).toEqual([]);
  });

  it('accepts the schedulers used across the corpus', () => {
    for (const name of ['cosine', 'constant_with_warmup', 'cosine_with_min_lr', 'linear', 'inverse_sqrt', 'warmup_stable_decay']) {
      expect(findings('enum-scheduler-name', `per_device_train_batch_size: 8\nnum_train_epochs: 3\nlr_scheduler_type: ${name}\n`)).toEqual([]);
    }
    expect(findings('enum-scheduler-name', '{"zero_optimization": {"stage": 2}, "scheduler": {"type": "WarmupDecayLR"}}', 'json')).toEqual([]);
  });
});
