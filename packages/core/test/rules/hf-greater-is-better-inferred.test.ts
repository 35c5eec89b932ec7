import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/index.js';
import { HF_ARGUMENTS_BLOCK, findings, positions } from '../helpers.js';

describe('hf-greater-is-better-inferred', () => {
  it('flags WER as the best-model metric without greater_is_better, with a suggestion', () => {
    const text = 'per_device_train_batch_size: 8\nload_best_model_at_end: true\nmetric_for_best_model: wer\n';
    const d = findings('hf-greater-is-better-inferred', text);
    expect(positions(d)).toEqual(['3:24']);
    expect(d[0].message).toBe('HF Trainer will treat a higher "wer" as better because the name does not end in "loss".');
    const fixed = applyFixes(text, d.map((x) => ({ ...x, fix: x.suggestions?.[0] })));
    expect(fixed.output).toBe(`${text.trimEnd()}\ngreater_is_better: false\n`);
  });

  it('reads a nested block a program hands to TrainingArguments whole, with a suggestion at its indentation', () => {
    const text = HF_ARGUMENTS_BLOCK + '  load_best_model_at_end: true\n  metric_for_best_model: wer\n';
    const d = findings('hf-greater-is-better-inferred', text);
    expect(positions(d)).toEqual(['9:26']);
    expect(applyFixes(text, d.map((x) => ({ ...x, fix: x.suggestions?.[0] }))).output).toBe(`${text.trimEnd()}\n  greater_is_better: false\n`);
    expect(findings('hf-greater-is-better-inferred', 'eval:\n  every: 100\n  metric_for_best_model: wer\n')).toEqual([]);
  });

  it('flags eval_perplexity in JSON (no suggestion outside YAML)', () => {
    const d = findings('hf-greater-is-better-inferred', '{"per_device_train_batch_size": 8, "num_train_epochs": 1, "metric_for_best_model": "eval_perplexity"}', 'json');
    expect(d).toHaveLength(1);
    expect(d[0].suggestions).toBeUndefined();
  });

  it('accepts loss metrics, higher-is-better metrics and an explicit greater_is_better', () => {
    expect(findings('hf-greater-is-better-inferred', 'per_device_train_batch_size: 8\nmetric_for_best_model: eval_loss\n')).toEqual([]);
    expect(findings('hf-greater-is-better-inferred', 'per_device_train_batch_size: 8\nmetric_for_best_model: accuracy\n')).toEqual([]);
    expect(findings('hf-greater-is-better-inferred', 'per_device_train_batch_size: 8\nmetric_for_best_model: cer\ngreater_is_better: false\n')).toEqual([]);
  });
});
