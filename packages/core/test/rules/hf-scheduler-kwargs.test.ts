import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'hf-scheduler-kwargs';
const HF = 'output_dir: out\nper_device_train_batch_size: 4\nnum_train_epochs: 3\nlearning_rate: 2.0e-5\n';

describe('hf-scheduler-kwargs', () => {
  it('flags a key the schedule function does not take, on the key, with a near-miss suggested', () => {
    const d = findings(RULE, `${HF}lr_scheduler_type: cosine_with_restarts\nlr_scheduler_kwargs:\n  num_cycles: 3\n  min_lr: 1.0e-6\n`);
    expect(positions(d)).toEqual(['8:3']);
    expect(d[0].message).toBe('The `cosine_with_restarts` schedule takes no argument `min_lr`.');
    expect(d[0].explanation).toContain('needs `lr_scheduler_type: cosine_with_min_lr`');
    const typo = findings(RULE, `${HF}lr_scheduler_type: cosine\nlr_scheduler_kwargs:\n  num_cycle: 2\n`);
    expect(typo.map((x) => x.message)).toEqual(['The `cosine` schedule takes no argument `num_cycle` (did you mean `num_cycles`?).']);
    expect(typo[0].suggestions?.[0]?.description).toBe('Rename to `num_cycles`');
  });

  it('requires exactly one floor for the min-lr cosine schedules', () => {
    const none = findings(RULE, `${HF}lr_scheduler_type: cosine_with_min_lr\nwarmup_ratio: 0.03\n`);
    expect(none.map((x) => x.message)).toEqual(['The `cosine_with_min_lr` schedule needs `min_lr` or `min_lr_rate` in `lr_scheduler_kwargs`.']);
    expect(positions(none)).toEqual(['5:20']);
    const both = findings(RULE, `${HF}lr_scheduler_type: cosine_warmup_with_min_lr\nlr_scheduler_kwargs:\n  min_lr: 1.0e-6\n  min_lr_rate: 0.1\n`);
    expect(both.map((x) => x.message)).toEqual(['The `cosine_warmup_with_min_lr` schedule takes `min_lr` or `min_lr_rate`, not both.']);
    expect(positions(both)).toEqual(['8:3']);
    expect(findings(RULE, `${HF}lr_scheduler_type: cosine_with_min_lr\nlr_scheduler_kwargs:\n  min_lr_rate: 0.1\n`)).toEqual([]);
  });

  it('requires num_decay_steps for warmup_stable_decay', () => {
    expect(findings(RULE, `${HF}lr_scheduler_type: warmup_stable_decay\nlr_scheduler_kwargs:\n  num_stable_steps: 1000\n`).map((x) => x.message)).toEqual([
      'The `warmup_stable_decay` schedule needs `num_decay_steps` in `lr_scheduler_kwargs`.',
    ]);
    expect(findings(RULE, `${HF}lr_scheduler_type: warmup_stable_decay\nlr_scheduler_kwargs:\n  num_decay_steps: 200\n  decay_type: cosine\n`)).toEqual([]);
    // The Trainer passes the run's length itself: a second one is a duplicate keyword.
    expect(findings(RULE, `${HF}lr_scheduler_type: warmup_stable_decay\nlr_scheduler_kwargs:\n  num_decay_steps: 200\n  num_training_steps: 1000\n`).map((x) => x.message)).toEqual([
      'The `warmup_stable_decay` schedule takes no argument `num_training_steps`.',
    ]);
  });

  it('leaves schedules called without kwargs, JSON-string kwargs, placeholders and non-HF files alone', () => {
    expect(findings(RULE, `${HF}lr_scheduler_type: constant_with_warmup\nlr_scheduler_kwargs:\n  min_lr: 1.0e-6\n`)).toEqual([]);
    expect(findings(RULE, `${HF}lr_scheduler_type: cosine\nlr_scheduler_kwargs: '{"min_lr": 1e-6}'\n`)).toEqual([]);
    expect(findings(RULE, `${HF}lr_scheduler_type: \${sched}\nlr_scheduler_kwargs:\n  min_lr: 1.0e-6\n`)).toEqual([]);
    expect(findings(RULE, 'lr: 0.001\nlr_scheduler_type: cosine\nlr_scheduler_kwargs:\n  min_lr: 1.0e-6\n')).toEqual([]);
    // A schedule named like an Object.prototype member is no schedule (the tables are Maps).
    expect(findings(RULE, `${HF}lr_scheduler_type: constructor\nlr_scheduler_kwargs:\n  min_lr: 1.0e-6\n`)).toEqual([]);
  });

  it('checks a nested block a program hands to TrainingArguments whole', () => {
    const nested = 'training_args:\n  output_dir: out\n  per_device_train_batch_size: 4\n  num_train_epochs: 3\n  learning_rate: 2.0e-5\n  logging_steps: 10\n  lr_scheduler_type: cosine\n  lr_scheduler_kwargs:\n    min_lr: 1.0e-6\n';
    expect(findings(RULE, nested).map((x) => x.message)).toEqual(['The `cosine` schedule takes no argument `min_lr`.']);
  });
});
