import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'save-steps-multiple-of-eval-steps';

describe(RULE, () => {
  it('flags save_steps that eval_steps does not divide when the best model is reloaded', () => {
    const d = findings(RULE, 'per_device_train_batch_size: 4\nload_best_model_at_end: true\neval_strategy: steps\neval_steps: 300\nsave_steps: 500\n');
    expect(positions(d)).toEqual(['5:13']);
    expect(d[0]!.message).toBe('Save steps 500 are not a multiple of eval steps 300.');
    expect(d[0]!.explanation).toContain('for example 600');
  });

  it('uses HF defaults: save_steps 500 and eval_steps falling back to logging_steps (JSON)', () => {
    const d = findings(RULE, '{"per_device_train_batch_size": 4, "load_best_model_at_end": true, "eval_strategy": "steps", "logging_steps": 300}', 'json');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toBe('Save steps 500 are not a multiple of eval steps 300.');
    expect(d[0]!.path).toBe('/load_best_model_at_end');
  });

  it('flags a ratio mixed with a step count', () => {
    const d = findings(RULE, 'per_device_train_batch_size: 4\nload_best_model_at_end: true\neval_strategy: steps\neval_steps: 0.1\nsave_steps: 500\n');
    expect(d[0]!.message).toBe('Save steps 500 and eval steps 0.1 mix a ratio of the run with a step count.');
  });

  it('checks axolotl early stopping, including missing step counts', () => {
    const base = 'base_model: m\nmicro_batch_size: 2\nsequence_len: 512\ngradient_accumulation_steps: 2\nearly_stopping_patience: 3\n';
    expect(findings(RULE, base + 'eval_steps: 40\nsave_steps: 100\n')[0]!.message).toBe('Save steps 100 are not a multiple of eval steps 40.');
    const missing = findings(RULE, base + 'eval_steps: 40\n');
    expect(positions(missing)).toEqual(['5:1']);
    expect(missing[0]!.message).toBe('early_stopping_patience needs `save_steps` to be set.');
  });

  it('checks a nested block a program hands to TrainingArguments whole, with only what is written there', () => {
    const block = 'model:\n  name: bert-base-uncased\ntraining_args:\n  output_dir: out\n  per_device_train_batch_size: 16\n  num_train_epochs: 3\n  eval_strategy: steps\n  load_best_model_at_end: true\n';
    const d = findings(RULE, block + '  eval_steps: 300\n  save_steps: 500\n');
    expect(positions(d)).toEqual(['10:15']);
    expect(d[0]!.message).toBe('Save steps 500 are not a multiple of eval steps 300.');
    expect(d[0]!.path).toBe('/training_args/save_steps');
    expect(findings(RULE, block + '  eval_steps: 250\n  save_steps: 500\n')).toEqual([]);
    // HF's save_steps default of 500 is not assumed for a block: a script may hand it on key by key and set the rest.
    expect(findings(RULE, block + '  eval_steps: 300\n')).toEqual([]);
    // A block of a program's own settings that borrows a few HF names is not TrainingArguments.
    expect(findings(RULE, 'train:\n  epochs: 3\n  lr: 0.001\n  eval_strategy: steps\n  load_best_model_at_end: true\n  eval_steps: 300\n  save_steps: 500\n')).toEqual([]);
  });

  it('stays quiet on multiples, ratios that divide, other strategies and per-epoch counts', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 4\nload_best_model_at_end: true\neval_strategy: steps\neval_steps: 250\nsave_steps: 500\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 4\nload_best_model_at_end: true\neval_strategy: steps\neval_steps: 0.1\nsave_steps: 0.2\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 4\nload_best_model_at_end: true\neval_strategy: epoch\nsave_strategy: epoch\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 4\nload_best_model_at_end: true\nsave_strategy: best\neval_strategy: steps\neval_steps: 300\n')).toEqual([]);
    expect(findings(RULE, 'base_model: m\nmicro_batch_size: 2\nsequence_len: 512\nload_best_model_at_end: true\nevals_per_epoch: 4\nsaves_per_epoch: 1\n')).toEqual([]);
    // TRL changes the logging default, so an unset eval_steps is unknown there.
    expect(findings(RULE, 'model_name_or_path: m\nmax_prompt_length: 512\nmax_completion_length: 256\nload_best_model_at_end: true\neval_strategy: steps\n')).toEqual([]);
    // Placeholders are not numbers.
    expect(findings(RULE, 'per_device_train_batch_size: 4\nload_best_model_at_end: true\neval_strategy: steps\neval_steps: ${oc.env:EVAL}\nsave_steps: 500\n')).toEqual([]);
  });
});
