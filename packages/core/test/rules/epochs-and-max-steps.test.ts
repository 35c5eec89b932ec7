import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'epochs-and-max-steps';

describe(RULE, () => {
  it('flags axolotl num_epochs next to max_steps (CORPUS-NOTES W15), on the epochs', () => {
    const d = findings(RULE, 'base_model: google/gemma\nmicro_batch_size: 1\nsequence_len: 2048\nnum_epochs: 1\nmax_steps: 10\nwarmup_ratio: 0.1\n');
    expect(positions(d)).toEqual(['4:13']);
    expect(d[0].severity).toBe('error'); // helpers enable rules at error; the default is info
    expect(d[0].message).toBe('1 epoch is ignored because a step count of 10 is also set.');
    expect(d[0].path).toBe('/num_epochs');
    expect(d[0].explanation).toContain('training stops after 10 steps');
  });

  it('flags HF Trainer arguments in JSON and Ludwig train_steps in YAML', () => {
    const hf = findings(RULE, '{"num_train_epochs": 3, "max_steps": 500, "per_device_train_batch_size": 8}', 'json');
    expect(positions(hf)).toEqual(['1:22']);
    expect(hf[0].message).toBe('3 epochs are ignored because a step count of 500 is also set.');
    const ludwig = findings(RULE, 'input_features: []\noutput_features: []\ntrainer:\n  epochs: 100\n  train_steps: 1\n');
    expect(positions(ludwig)).toEqual(['4:11']);
    expect(ludwig[0].explanation).toContain('training stops after 1 step whatever');
  });

  it('flags both in a nested block a program hands to TrainingArguments whole, but not in a program\'s own block', () => {
    const block = 'model_args:\n  model_name_or_path: gpt2\ntraining_args:\n  output_dir: out\n  per_device_train_batch_size: 8\n  num_train_epochs: 3\n  max_steps: 1000\n  learning_rate: 0.0006\n  save_strategy: steps\n';
    const d = findings(RULE, block);
    expect(positions(d)).toEqual(['6:21']);
    expect(d[0].path).toBe('/training_args/num_train_epochs');
    expect(findings(RULE, 'train:\n  epochs: 3\n  max_steps: 1000\n  lr: 0.001\n')).toEqual([]);
  });

  it('accepts HF max_steps -1 (the default, meaning "use epochs")', () => {
    expect(findings(RULE, 'num_train_epochs: 3\nmax_steps: -1\nper_device_train_batch_size: 8\n')).toEqual([]);
    expect(findings(RULE, 'num_train_epochs: 0\nmax_steps: 500\nper_device_train_batch_size: 8\n')).toEqual([]);
  });

  it('does not flag Lightning or NeMo, which stop at whichever limit comes first', () => {
    expect(findings(RULE, 'trainer:\n  max_epochs: 10\n  max_steps: 1000\n  accelerator: gpu\nmodel:\n  class_path: my.Model\n')).toEqual([]);
    expect(findings(RULE, 'trainer:\n  max_epochs: 5\n  max_steps: 100\nmodel:\n  optim:\n    name: adamw\nexp_manager:\n  exp_dir: null\n')).toEqual([]);
  });

  it('does not mistake TabNet decision steps or a scheduler horizon for training steps', () => {
    expect(findings(RULE, 'input_features: []\noutput_features: []\ncombiner:\n  type: tabnet\n  num_steps: 8\ntrainer:\n  epochs: 1000\n  learning_rate: 0.025\n')).toEqual([]);
    expect(findings(RULE, 'num_train_epochs: 3\nper_device_train_batch_size: 8\nlr_scheduler_kwargs:\n  num_training_steps: 100\n')).toEqual([]);
  });

  it("takes only the framework's own step count, not a program's rounds (MyComposedRetrieval's num_iterations) or GRPO's updates per batch", () => {
    const hf = 'learning_rate: 1.0e-5\nnum_epochs: 5\nwarmup_ratio: 0.1\nsave_strategy: "epoch"\nlogging_steps: 50\neval_steps: 500\ngradient_accumulation_steps: 1\n';
    expect(findings(RULE, `${hf}num_iterations: 3\n`)).toEqual([]);
    expect(findings(RULE, 'num_train_epochs: 1\nper_device_train_batch_size: 4\nnum_generations: 8\nnum_iterations: 2\nbeta: 0.04\n')).toEqual([]);
    expect(positions(findings(RULE, `${hf}max_steps: 3000\n`))).toEqual(['2:13']);
  });

  it('stays quiet when the step count is a placeholder', () => {
    expect(findings(RULE, 'num_train_epochs: 3\nmax_steps: ${oc.env:STEPS}\nper_device_train_batch_size: 8\n')).toEqual([]);
  });
});
