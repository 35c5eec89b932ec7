import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'min-lr-above-lr';

describe(RULE, () => {
  it("flags a cosine floor above the optimizer's rate (DRLX's DDPO config), on the floor", () => {
    const drlx = 'optimizer:\n  name: "adamw"\n  kwargs:\n    lr: 1.0e-5\n    weight_decay: 1.0e-4\nscheduler:\n  name: "cosine_annealing"\n  kwargs:\n    T_max: 10000\n    eta_min: 1.412e-4\ntrain:\n  batch_size: 2\n';
    const d = findings(RULE, drlx);
    expect(positions(d)).toEqual(['10:14']);
    expect(d[0]!.message).toBe('The minimum learning rate 0.0001412 is above the learning rate 1e-5.');
    expect(d[0]!.explanation).toMatch(/^`scheduler\.kwargs\.eta_min` is 0\.0001412, 14\.12 times `optimizer\.kwargs\.lr` \(1e-5\)\./);
    expect(d[0]!.explanation).toMatch(/swapped\.$/);
  });

  it('reads nanoGPT, HF polynomial and detectron2 floors, in JSON and TOML too', () => {
    expect(positions(findings(RULE, 'learning_rate: 6.0e-5\nmin_lr: 6.0e-4\nmax_iters: 600000\nlr_decay_iters: 600000\n'))).toEqual(['2:9']);
    expect(positions(findings(RULE, '{"learning_rate": 2e-5, "lr_scheduler_type": "polynomial", "lr_scheduler_kwargs": {"lr_end": 1e-4}, "per_device_train_batch_size": 8}', 'json'))).toEqual(['1:94']);
    expect(positions(findings(RULE, '_BASE_: b.yaml\nSOLVER:\n  BASE_LR: 0.001\n  BASE_LR_END: 0.01\n  MAX_ITER: 1000\n'))).toEqual(['4:16']);
    expect(positions(findings(RULE, '[optimizer]\nlr = 1e-4\n[scheduler]\neta_min = 1e-3\n', 'toml'))).toEqual(['4:11']);
  });

  it("flags DeepSpeed's warmup and cycle bounds written the wrong way round", () => {
    const ds = '{"scheduler": {"type": "WarmupLR", "params": {"warmup_min_lr": 1e-3, "warmup_max_lr": 1e-4, "warmup_num_steps": 100}}, "train_batch_size": 8}';
    const d = findings(RULE, ds, 'json');
    expect(positions(d)).toEqual(['1:64']);
    expect(d[0]!.message).toBe('The minimum learning rate 0.001 is above the maximum 0.0001.');
    expect(findings(RULE, ds.replace('"warmup_max_lr": 1e-4', '"warmup_max_lr": "auto"'), 'json')).toEqual([]);
  });

  it('stays quiet on floors below or equal to the rate, ratios, scaled base rates, range tests and other runs', () => {
    expect(findings(RULE, 'lr: 1e-3\neta_min: 1e-5\nepochs: 10\n')).toEqual([]);
    expect(findings(RULE, 'lr: 1e-3\nmin_lr: 1e-3\nepochs: 10\n')).toEqual([]);
    expect(findings(RULE, 'lr: 1e-3\nmin_lr: 0\nepochs: 10\n')).toEqual([]);
    // Fractions of the rate, not rates.
    expect(findings(RULE, 'learning_rate: 1e-4\ncosine_min_lr_ratio: 0.1\nmin_lr_ratio: 0.5\nlrf: 0.01\n')).toEqual([]);
    // MAE's `blr` and latent diffusion's `base_learning_rate` are scaled by the batch before use.
    expect(findings(RULE, 'blr: 1.5e-4\nmin_lr: 5e-4\nbatch_size: 4096\nepochs: 400\n')).toEqual([]);
    expect(findings(RULE, 'model:\n  base_learning_rate: 4.5e-6\n  params:\n    scheduler_config:\n      min_lr: 1e-5\n')).toEqual([]);
    // A learning-rate range test sweeps above the rate on purpose.
    expect(findings(RULE, 'lr: 1e-3\nlr_finder:\n  min_lr: 1e-7\n  end_lr: 10\n  final_lr: 10\n')).toEqual([]);
    // A parameter group's end rate belongs to its own start rate (3D Gaussian Splatting).
    expect(findings(RULE, 'position_lr_init: 0.00016\nposition_lr_final: 0.0000016\nfeature_lr: 0.0025\n')).toEqual([]);
    // Each floor belongs to the rate of its own block (dppo: the critic's scheduler ends at the critic's rate, 10 times the actor's).
    const dppo = 'train:\n  n_train_itr: 1000\n  actor_lr: 1e-4\n  actor_lr_scheduler:\n    first_cycle_steps: 1000\n    min_lr: 1e-4\n  critic_lr: 1e-3\n  critic_lr_scheduler:\n    first_cycle_steps: 1000\n    min_lr: 1e-3\n  batch_size: 5000\n';
    expect(findings(RULE, dppo)).toEqual([]);
    expect(positions(findings(RULE, dppo.replace('min_lr: 1e-3', 'min_lr: 1e-2')))).toEqual(['10:13']);
    // A warmup's starting rate is no peak: hf_ehr climbs from `initial_lr` to the optimizer's rate, then decays to `final_lr`.
    const hfEhr = 'trainer:\n  optimizer:\n    type: AdamW\n    lr: 2e-4\n  scheduler:\n    num_warmup_steps: 40_000\n    num_decay_steps: 4_000_000\n    initial_lr: 1e-6\n    final_lr: 1e-5\n';
    expect(findings(RULE, hfEhr)).toEqual([]);
    expect(positions(findings(RULE, hfEhr.replace('lr: 2e-4', 'lr: 2e-6')))).toEqual(['9:15']);
    // Without a warmup beside it, an initial rate is where a decay starts (Keras's `initial_learning_rate`).
    expect(positions(findings(RULE, 'schedule:\n  initial_lr: 1e-4\n  final_lr: 1e-3\n  decay_steps: 1000\n'))).toEqual(['3:13']);
    // A placeholder rate says nothing yet.
    expect(findings(RULE, 'lr: ${optim.lr}\neta_min: 1e-3\nepochs: 10\n')).toEqual([]);
  });
});
