import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'decay-horizon-mismatch';

describe(RULE, () => {
  it('flags an lr_decay_iters half the run, and one twice the run (TOML)', () => {
    const d = findings(RULE, 'learning_rate: 6.0e-4\nmax_iters: 600000\nlr_decay_iters: 300000\nwarmup_iters: 2000\n');
    expect(positions(d)).toEqual(['3:17']);
    expect(d[0]!.message).toBe('The decay horizon 300000 is much shorter than the run of 600000 steps.');
    expect(findings(RULE, 'learning_rate = 6e-4\nmax_iters = 5000\nlr_decay_iters = 10000\n', 'toml')[0]!.message).toBe('The decay horizon 10000 is much longer than the run of 5000 steps.');
  });

  it('compares a LightningCLI cosine T_max with max_epochs', () => {
    expect(findings(RULE, 'trainer:\n  max_epochs: 100\noptimizer:\n  class_path: torch.optim.AdamW\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.CosineAnnealingLR\n  init_args:\n    T_max: 30\n')).toHaveLength(1);
  });

  it('stays quiet when they match (nanoGPT F5) and for decay periods', () => {
    expect(findings(RULE, 'learning_rate: 6.0e-4\nmax_iters: 600000\nlr_decay_iters: 600000\n')).toEqual([]);
    expect(findings(RULE, 'learning_rate: 6.0e-4\nmax_iters: 600000\nlr_decay_iters: 550000\n')).toEqual([]);
    expect(findings(RULE, 'input_features: [{name: x, type: number}]\noutput_features: [{name: y, type: binary}]\ntrainer:\n  train_steps: 100000\n  learning_rate_scheduler:\n    decay: exponential\n    decay_steps: 20000\n')).toEqual([]);
  });

  it('compares a one-cycle schedule\'s epochs with the run\'s, whether the class or a project\'s own name says one-cycle', () => {
    const longer = findings(RULE, 'num_epochs: 180\noptimizer:\n  name: adamw\n  params:\n    lr: 0.001\nscheduler:\n  name: onecycle\n  params:\n    max_lr: 0.001\n    epochs: 300\n    steps_per_epoch: 15\n');
    expect(positions(longer)).toEqual(['10:13']);
    expect(longer[0]!.message).toBe("The one-cycle schedule's 300 epochs are far more than the run's 180.");
    expect(longer[0]!.explanation).toContain('60% of the way through the cycle');
    const shorter = findings(RULE, 'trainer:\n  max_epochs: 100\nmodel:\n  scheduler:\n    _target_: torch.optim.lr_scheduler.OneCycleLR\n    max_lr: 0.01\n    epochs: 50\n    steps_per_epoch: 100\n');
    expect(shorter.map((d) => d.message)).toEqual(["The one-cycle schedule's 50 epochs are far fewer than the run's 100."]);
    expect(shorter[0]!.explanation).toContain('ValueError');
  });

  it('leaves one-cycle epochs alone when they match the run, are the only epochs, or belong to another schedule', () => {
    expect(findings(RULE, 'epochs: 100\nscheduler:\n  name: OneCycleLR\n  epochs: 110\n  steps_per_epoch: 10\n')).toEqual([]);
    expect(findings(RULE, 'lr: 0.01\nscheduler:\n  name: one_cycle\n  epochs: 300\n  steps_per_epoch: 15\n')).toEqual([]);
    expect(findings(RULE, 'epochs: 100\nscheduler:\n  name: cosine\n  epochs: 300\n')).toEqual([]);
    expect(findings(RULE, 'epochs: 100\nscheduler:\n  name: onecycle\n  epochs: ${epochs}\n')).toEqual([]);
  });
  it('does not take PyMARL\'s `t_max`, the run\'s environment steps beside RL settings, for a cosine period', () => {
    // MCMIX (a PyMARL fork): `t_max: 10000 # Stop running after this many timesteps`, beside `training_iters: 1`.
    const pymarl = 'runner: episode\nbatch_size_run: 1\ntest_nepisode: 20\nt_max: 10000\nbatch_size: 32\nbuffer_size: 32\nlr: 0.0005\ntraining_iters: 1\n';
    expect(findings(RULE, pymarl)).toEqual([]);
    // Without the RL settings the same `t_max` is a cosine period and is compared with the run.
    expect(positions(findings(RULE, 'scheduler: cosine\nt_max: 10000\nlr: 0.0005\nmax_steps: 1000\n'))).toEqual(['2:8']);
  });
  it('does not take a `T_max` beside a named schedule that reads none for the horizon (PyAnomaly\'s MultiStepLR)', () => {
    const memae = 'TRAIN:\n  max_steps: 127600\n  general:\n    scheduler:\n      use: true\n      name: MultiStepLR\n      steps: [63800, 127600]\n      gamma: 0.1\n      T_max: 6380\n';
    expect(findings(RULE, memae)).toEqual([]);
    expect(positions(findings(RULE, memae.replace('MultiStepLR', 'WarmupCosLR')))).toEqual(['9:14']);
    expect(positions(findings(RULE, memae.replace('      name: MultiStepLR\n', '')))).toEqual(['8:14']);
  });

  it("compares a fairseq tri-stage schedule's three phases with max_update (wav2vec 2.0 and AV-HuBERT fine-tuning)", () => {
    const yaml = (phases: string, max = 25000): string => `optimization:\n  max_update: ${max}\n  lr: [0.00002]\noptimizer:\n  _name: adam\nlr_scheduler:\n  _name: tri_stage\n${phases}  final_lr_scale: 0.05\n`;
    const longer = findings(RULE, yaml('  warmup_steps: 8000\n  hold_steps: 0\n  decay_steps: 72000\n'));
    expect(positions(longer)).toEqual(['10:16']);
    expect(longer[0]!.message).toBe("The tri-stage schedule's phases add up to 80000 steps, much more than the run's 25000.");
    expect(longer[0]!.explanation).toContain('31% of the way through the phases');
    const shorter = findings(RULE, yaml('  warmup_steps: 1000\n  hold_steps: 2000\n  decay_steps: 2000\n'));
    expect(shorter[0]!.message).toBe("The tri-stage schedule's phases add up to 5000 steps, much fewer than the run's 25000.");
    expect(shorter[0]!.explanation).toContain('`final_lr_scale` times the peak');
    // Phases that fit the run, a phase_ratio (fairseq derives the phases from max_update), or a phase left unset: quiet.
    expect(findings(RULE, yaml('  warmup_steps: 2500\n  hold_steps: 10000\n  decay_steps: 12500\n'))).toEqual([]);
    expect(findings(RULE, yaml('  warmup_steps: 8000\n  hold_steps: 0\n  decay_steps: 72000\n  phase_ratio: [0.1, 0.4, 0.5]\n'))).toEqual([]);
    expect(findings(RULE, yaml('  warmup_steps: 8000\n  decay_steps: 72000\n'))).toEqual([]);
  });
});

