import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/index.js';
import { HF_ARGUMENTS_BLOCK, findings, positions } from '../helpers.js';

const RULE = 'constant-schedule-ignores-warmup';
const AXOLOTL = 'base_model: deepseek-ai/DeepSeek-V4\nmicro_batch_size: 1\nsequence_len: 2048\noptimizer: adamw_torch\nlr_scheduler: constant\nlearning_rate: 0.0001\nwarmup_ratio: 0.1\n';

describe(RULE, () => {
  it('flags axolotl `lr_scheduler: constant` with warmup (CORPUS-NOTES W1), on the schedule name', () => {
    const d = findings(RULE, AXOLOTL);
    expect(positions(d)).toEqual(['5:15']);
    expect(d[0].message).toBe('The `constant` schedule ignores the configured warmup.');
    expect(d[0].path).toBe('/lr_scheduler');
    expect(d[0].explanation).toContain('`warmup_ratio` silently does nothing');
    expect(d[0].suggestions?.[0].description).toBe('Use `constant_with_warmup`');
  });

  it('suggests constant_with_warmup as an edit that keeps quotes (HF JSON)', () => {
    const text = '{"lr_scheduler_type": "constant", "warmup_steps": 100, "per_device_train_batch_size": 8, "num_train_epochs": 1}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual(['1:23']);
    expect(d[0].explanation).toContain('`warmup_steps`');
    const edit = d[0].suggestions![0].edits[0];
    expect(text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1])).toContain('"lr_scheduler_type": "constant_with_warmup"');
    expect(applyFixes(text, d).output).toBe(text); // a suggestion, never applied automatically
  });

  it('reads a nested block a program hands to TrainingArguments whole, and not a program\'s own block', () => {
    expect(positions(findings(RULE, HF_ARGUMENTS_BLOCK + '  lr_scheduler_type: constant\n  warmup_steps: 100\n'))).toEqual(['8:22']);
    expect(findings(RULE, 'train:\n  epochs: 3\n  lr: 0.001\n  lr_scheduler_type: constant\n  warmup_steps: 100\n')).toEqual([]);
  });

  it('accepts constant_with_warmup, other schedules and zero warmup', () => {
    expect(findings(RULE, 'lr_scheduler_type: constant_with_warmup\nwarmup_ratio: 0.1\nper_device_train_batch_size: 8\n')).toEqual([]);
    expect(findings(RULE, 'lr_scheduler_type: cosine\nwarmup_ratio: 0.1\nper_device_train_batch_size: 8\n')).toEqual([]);
    expect(findings(RULE, 'lr_scheduler_type: constant\nwarmup_ratio: 0.0\nwarmup_steps: 0\nper_device_train_batch_size: 8\n')).toEqual([]);
  });

  it('only applies to trainers built on HF get_scheduler', () => {
    // DeepSpeed WarmupLR warms up and then holds; Composer has its own constant schedule.
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 1, "scheduler": {"type": "WarmupLR", "params": {"warmup_num_steps": 100}}}', 'json')).toEqual([]);
    expect(findings(RULE, 'scheduler:\n  name: constant\n  t_warmup: 100ba\noptimizer:\n  name: decoupled_adamw\nmax_duration: 1000ba\n')).toEqual([]);
  });

  it("leaves a script's own `scheduler` key among HF-named settings alone (ProtMamba maps `constant` to get_constant_schedule_with_warmup)", () => {
    const protMamba = 'batch_size: 4\ngradient_accumulation_steps: 8\nlearning_rate: 0.0006\nweight_decay: 0.1\nmax_grad_norm: 1.\nwarmup_steps: 500\nscheduler: "constant"\nnum_epochs: 100\nsave_steps: 250\neval_steps: 50\nlogging_steps: 10\n';
    expect(findings(RULE, protMamba)).toEqual([]);
    expect(findings(RULE, protMamba.replace('scheduler: "constant"', 'lr_scheduler_type: "constant"'))).toHaveLength(1);
  });

  it('stays quiet when the warmup is a placeholder', () => {
    expect(findings(RULE, 'lr_scheduler_type: constant\nwarmup_ratio: auto\nwarmup_steps: ${x}\nper_device_train_batch_size: 8\n')).toEqual([]);
  });
});
