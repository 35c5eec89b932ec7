import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'warmup-too-long';

describe(RULE, () => {
  it('flags a Composer warmup of half the run', () => {
    const d = findings(RULE, 'max_duration: 200ba\nglobal_train_batch_size: 256\ntrain_loader:\n  name: text\nscheduler:\n  name: cosine_with_warmup\n  t_warmup: 100ba\n');
    expect(positions(d)).toEqual(['7:13']);
    expect(d[0]!.message).toBe('Warmup takes 50% of training, more than the usual 10% at most.');
  });

  it('flags a ratio above 0.1 and torchtitan steps (TOML)', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 8\nlr_scheduler_type: cosine\nwarmup_ratio: 0.25\n')[0]!.message).toBe('Warmup takes 25% of training, more than the usual 10% at most.');
    expect(findings(RULE, '[job]\ndump_folder = "./out"\n[lr_scheduler]\nwarmup_steps = 200\n[training]\nsteps = 1000\n[parallelism]\ndata_parallel_shard_degree = -1\n', 'toml')).toHaveLength(1);
  });

  it('stays quiet on smoke tests shorter than minTotalSteps (torchtitan debug_model.toml: 2 of 10 steps)', () => {
    const debug = '[job]\ndump_folder = "./outputs"\n[lr_scheduler]\nwarmup_steps = 2  # lr scheduler warm up, normally 20% of the train steps\ndecay_ratio = 0.8\n[training]\nsteps = 10\n[parallelism]\ndata_parallel_shard_degree = -1\n';
    expect(findings(RULE, debug, 'toml')).toEqual([]);
    expect(findings(RULE, 'micro_batch_size: 2\nnum_epochs: 1\nmax_steps: 10\nlr_scheduler: cosine\nwarmup_steps: 2\nbase_model: x\n')).toEqual([]);
    // The same split over a longer run is reported, and the option moves the bar.
    expect(findings(RULE, debug.replace('steps = 10', 'steps = 100').replace('warmup_steps = 2', 'warmup_steps = 20'), 'toml')).toHaveLength(1);
    expect(findings(RULE, debug, 'toml', { options: { minTotalSteps: 5 } })).toHaveLength(1);
  });

  it('judges the warmup HF uses: none for `constant`, warmup_steps over warmup_ratio', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 8\nlr_scheduler_type: constant\nwarmup_ratio: 0.3\nmax_steps: 200\n')).toEqual([]);
    const both = findings(RULE, 'per_device_train_batch_size: 8\nlr_scheduler_type: cosine\nwarmup_ratio: 0.3\nwarmup_steps: 100\nmax_steps: 200\n');
    expect(both.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['4:15 Warmup takes 50% of training, more than the usual 10% at most.']);
  });

  it('stays quiet at 10%, beyond the whole run (another rule), and against decay periods', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 8\nlr_scheduler_type: cosine\nwarmup_ratio: 0.1\n')).toEqual([]);
    expect(findings(RULE, 'train:\n  lr_warmup_steps: 100\n  max_steps: 50\n  global_batch_size: 16\n  micro_batch_size: 1\n')).toEqual([]);
    // SpeechBrain: decay_steps is the cooldown length, not the run.
    expect(findings(RULE, 'lr_annealing:\n  warmup_steps: 8000\n  decay_steps: 40000\n')).toEqual([]);
  });
});
