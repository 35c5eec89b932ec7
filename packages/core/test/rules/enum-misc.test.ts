import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('enum-misc', () => {
  it('flags an invalid Lightning precision and gradient_clip_algorithm', () => {
    const d = findings('enum-misc', 'trainer:\n  accelerator: gpu\n  max_epochs: 10\n  precision: bf16-amp\n  gradient_clip_algorithm: l2\n');
    expect(positions(d)).toEqual(['4:14', '5:28']);
    expect(d[0].message).toBe('Lightning has no precision "bf16-amp".');
  });

  it('flags an invalid integer precision and accepts valid ones', () => {
    expect(findings('enum-misc', 'trainer:\n  max_epochs: 3\n  devices: 1\n  precision: 8\n')).toHaveLength(1);
    for (const p of ['16', 'bf16-mixed', '32', '"16-mixed"', 'transformer-engine']) {
      expect(findings('enum-misc', `trainer:\n  max_epochs: 3\n  devices: 1\n  precision: ${p}\n`)).toEqual([]);
    }
  });

  it('flags ReduceLROnPlateau and CyclicLR modes', () => {
    expect(findings('enum-misc', 'scheduler:\n  _target_: torch.optim.lr_scheduler.ReduceLROnPlateau\n  mode: minimum\n').map((x) => x.message)).toEqual(['PyTorch has no ReduceLROnPlateau mode "minimum".']);
    expect(findings('enum-misc', 'scheduler:\n  _target_: torch.optim.lr_scheduler.CyclicLR\n  mode: triangle\n')).toHaveLength(1);
  });

  it('flags HF strategies with a suggestion, in JSON', () => {
    const d = findings('enum-misc', '{"per_device_train_batch_size": 8, "num_train_epochs": 1, "eval_strategy": "step"}', 'json');
    expect(d[0].message).toBe('HF Trainer has no eval strategy "step"; did you mean "steps".');
    expect(d[0].suggestions?.[0].edits[0].text).toBe('"steps"');
  });

  it("flags HF strategies in a nested block of TrainingArguments fields (TeenyTinyLlama's `training_args`), not in a program's own block", () => {
    const nested = 'model_args:\n  model_to_train: nicholasKluge/TeenyTinyLlama-160m\ntraining_args:\n  output_dir: checkpoints\n  do_train: true\n  evaluation_strategy: "step"\n  eval_steps: 100\n  per_device_train_batch_size: 4\n  learning_rate: 0.0006\n  lr_scheduler_type: cosine\n';
    expect(positions(findings('enum-misc', nested))).toEqual(['6:24']);
    // align-anything's own trainer: HF names beside its own (`ds_cfgs`, `epochs`, `eval_interval`) are not HF's arguments.
    const own = 'train_cfgs:\n  ds_cfgs: ds_z3_config.json\n  epochs: 3\n  eval_interval: 10\n  lr_warmup_ratio: 0.03\n  per_device_train_batch_size: 4\n  eval_strategy: step\n  learning_rate: 1.e-6\n  lr_scheduler_type: cosine\n  seed: 42\n';
    expect(findings('enum-misc', own)).toEqual([]);
  });

  it('accepts valid values and leaves other `mode` keys alone', () => {
    expect(findings('enum-misc', 'per_device_train_batch_size: 8\nnum_train_epochs: 1\nsave_strategy: best\neval_strategy: epoch\n')).toEqual([]);
    expect(findings('enum-misc', 'wandb:\n  mode: offline\nmodel:\n  mode: whatever\n')).toEqual([]);
  });
});
