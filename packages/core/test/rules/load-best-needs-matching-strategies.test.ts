import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'load-best-needs-matching-strategies';

describe(RULE, () => {
  it('flags load_best_model_at_end with default strategies ("no" vs "steps"), on the key', () => {
    const d = findings(RULE, 'learning_rate: 2.0e-4\nper_device_train_batch_size: 4\nsave_steps: 50\neval_steps: 50\nload_best_model_at_end: true\n');
    expect(positions(d)).toEqual(['5:1']);
    expect(d[0].message).toBe('load_best_model_at_end needs the same eval and save strategy, but they are "no" and "steps".');
    expect(d[0].explanation).toContain('no `eval_strategy` is set, so it defaults to "no"');
  });

  it('flags TrainingArguments kept under a block that names a strategy, but not a block that names none', () => {
    const d = findings(RULE, 'training:\n  learning_rate: 2.0e-4\n  bf16: true\n  save_strategy: steps\n  save_steps: 50\n  eval_steps: 50\n  load_best_model_at_end: true\n');
    expect(positions(d)).toEqual(['7:3']);
    expect(d[0].path).toBe('/training/load_best_model_at_end');
    // RULES-CATALOG R1's shape: with no strategy in the block, the script that reads it may set both
    // (a Whisper fine-tuner's typed config passes `eval_steps` on beside its own `eval_strategy="steps"`).
    expect(findings(RULE, 'training:\n  learning_rate: 2.0e-4\n  bf16: true\n  save_steps: 50\n  eval_steps: 50\n  load_best_model_at_end: true\n')).toEqual([]);
  });

  it("leaves a block alone whose missing strategy another section of the file sets (arabic-qwen's `checkpointing:` beside `training:`)", () => {
    const split = 'training:\n  learning_rate: 2.0e-5\n  evaluation_strategy: steps\n  eval_steps: 50\ncheckpointing:\n  save_strategy: steps\n  save_steps: 100\n  load_best_model_at_end: true\n';
    expect(findings(RULE, split)).toEqual([]);
    // Without the other section's strategy, the block's own default still counts.
    expect(positions(findings(RULE, split.replace('  evaluation_strategy: steps\n', '')))).toEqual(['7:3']);
  });

  it('leaves a whole file alone that names the run its own way and no strategy (a script maps it: Wav2Vec-Wrapper)', () => {
    const own = '{"batch_size": 8, "epochs": 500, "lr": 0.0001, "logging_steps": 100, "load_best_model_at_end": true, "save_total_limit": 3, "warmup_ratio": 0.1}';
    expect(findings(RULE, own, 'json')).toEqual([]);
    // A strategy written in it is still TrainingArguments'.
    expect(positions(findings(RULE, own.replace('"epochs"', '"save_strategy": "epoch", "epochs"'), 'json'))).toEqual(['1:96']);
  });

  it('flags mismatched explicit strategies in JSON, on the eval strategy value', () => {
    const d = findings(RULE, '{"per_device_train_batch_size": 4, "eval_strategy": "epoch", "save_strategy": "steps", "load_best_model_at_end": true}', 'json');
    expect(positions(d)).toEqual(['1:53']);
    expect(d[0].message).toBe('load_best_model_at_end needs the same eval and save strategy, but they are "epoch" and "steps".');
    const old = findings(RULE, 'per_device_train_batch_size: 4\nevaluation_strategy: epoch\nload_best_model_at_end: true\n');
    expect(positions(old)).toEqual(['2:22']);
  });

  it('accepts matching strategies, save_strategy "best", and load_best_model_at_end off', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 4\neval_strategy: steps\nsave_strategy: steps\nload_best_model_at_end: true\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 4\neval_strategy: epoch\nsave_strategy: best\nload_best_model_at_end: true\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 4\nload_best_model_at_end: false\n')).toEqual([]);
  });

  it('derives axolotl\'s strategies from its cadence settings', () => {
    expect(findings(RULE, 'base_model: x\nmicro_batch_size: 2\nsequence_len: 1024\nevals_per_epoch: 4\nsaves_per_epoch: 1\nload_best_model_at_end: true\n')).toEqual([]);
    expect(findings(RULE, 'base_model: x\nmicro_batch_size: 2\nsequence_len: 1024\nload_best_model_at_end: true\n')).toEqual([]);
  });

  it('stays quiet when a strategy is a placeholder', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 4\neval_strategy: ${oc.env:EVAL}\nload_best_model_at_end: true\n')).toEqual([]);
  });
});
