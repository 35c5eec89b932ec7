import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'eval-steps-required';

describe(RULE, () => {
  it('flags steps evaluation and logging with logging_steps 0', () => {
    const d = findings(RULE, 'per_device_train_batch_size: 8\neval_strategy: steps\nlogging_steps: 0\n');
    expect(positions(d)).toEqual(['2:16', '3:16']);
    expect(d.map((x) => x.message)).toEqual(['eval_strategy "steps" needs a non-zero `eval_steps` or `logging_steps`.', 'logging_steps 0 is not allowed with the "steps" logging strategy.']);
  });

  it('flags eval_steps 0 in JSON', () => {
    const d = findings(RULE, '{"per_device_train_batch_size": 8, "eval_strategy": "steps", "eval_steps": 0, "logging_steps": 0, "logging_strategy": "no"}', 'json');
    expect(d).toHaveLength(1);
    expect(d[0]!.path).toBe('/eval_steps');
  });

  it('checks a nested block a program hands to TrainingArguments whole; there the logging strategy must be written', () => {
    const block = 'data:\n  path: x\ntraining:\n  output_dir: out\n  per_device_train_batch_size: 8\n  num_train_epochs: 2\n  eval_strategy: steps\n  logging_steps: 0\n';
    const d = findings(RULE, block);
    expect(positions(d)).toEqual(['7:18']);
    expect(d[0]!.path).toBe('/training/eval_strategy');
    expect(findings(RULE, block + '  logging_strategy: steps\n').map((x) => x.path)).toEqual(['/training/eval_strategy', '/training/logging_steps']);
    expect(findings(RULE, block + '  eval_steps: 100\n  logging_strategy: "no"\n')).toEqual([]);
  });

  it("counts Seq2SeqTrainingArguments' own fields among a nested block's TrainingArguments fields (audio-captioning)", () => {
    const block = 'model:\n  name: whisper\nhf_training_args:\n  output_dir: out\n  per_device_train_batch_size: 8\n  predict_with_generate: true\n  generation_max_length: 80\n  generation_num_beams: 1\n  eval_strategy: steps\n  eval_steps: 0\n  logging_steps: 0\n';
    expect(positions(findings(RULE, block))).toEqual(['10:15']);
  });

  it('stays quiet when a step count exists or logging is off', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 8\neval_strategy: steps\nlogging_steps: 50\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 8\neval_strategy: steps\neval_steps: 100\nlogging_steps: 0\nlogging_strategy: "no"\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 8\neval_strategy: epoch\nlogging_strategy: epoch\nlogging_steps: 0\n')).toEqual([]);
  });
});
