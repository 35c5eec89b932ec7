import { describe, expect, it } from 'vitest';
import { HF_ARGUMENTS_BLOCK, findings, positions } from '../helpers.js';

describe('hf-metric-default', () => {
  it('notes load_best_model_at_end without metric_for_best_model, on the key', () => {
    const d = findings('hf-metric-default', 'per_device_train_batch_size: 8\neval_strategy: steps\nsave_strategy: steps\nload_best_model_at_end: true\n');
    expect(positions(d)).toEqual(['4:1']);
    expect(d[0].message).toBe('metric_for_best_model is not set, so HF Trainer uses the evaluation loss.');
  });

  it('notes a nested block a program hands to TrainingArguments whole, unless it names its metric', () => {
    const d = findings('hf-metric-default', `${HF_ARGUMENTS_BLOCK}  eval_strategy: steps\n  load_best_model_at_end: true\n`);
    expect(positions(d)).toEqual(['9:3']);
    expect(findings('hf-metric-default', `${HF_ARGUMENTS_BLOCK}  eval_strategy: steps\n  load_best_model_at_end: true\n  metric_for_best_model: f1\n`)).toEqual([]);
    // Another block's `load_best_model_at_end` is not this block's business.
    expect(findings('hf-metric-default', `${HF_ARGUMENTS_BLOCK}callbacks:\n  load_best_model_at_end: true\n`)).toEqual([]);
  });

  it('notes reduce_lr_on_plateau without a metric, in JSON', () => {
    expect(findings('hf-metric-default', '{"per_device_train_batch_size": 8, "eval_strategy": "epoch", "lr_scheduler_type": "reduce_lr_on_plateau"}', 'json')).toHaveLength(1);
  });

  it('stays quiet on a file that names the run its own way, which a script maps field by field (Wav2Vec-Wrapper)', () => {
    const own = '{"batch_size": 8, "epochs": 500, "lr": 0.0001, "logging_steps": 100, "load_best_model_at_end": true, "save_total_limit": 3, "warmup_ratio": 0.1}';
    expect(findings('hf-metric-default', own, 'json')).toEqual([]);
  });

  it('stays quiet when the metric is set or nothing needs it', () => {
    expect(findings('hf-metric-default', 'per_device_train_batch_size: 8\nload_best_model_at_end: true\nmetric_for_best_model: eval_accuracy\n')).toEqual([]);
    expect(findings('hf-metric-default', 'per_device_train_batch_size: 8\nload_best_model_at_end: false\n')).toEqual([]);
  });
});
