import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'lr-decay-factor-zero';

describe(RULE, () => {
  it('flags a decay factor of 0 on keys that only mean one (PyTorch-VAE scheduler_gamma)', () => {
    const d = findings(RULE, 'exp_params:\n  LR: 0.005\n  weight_decay: 0.0\n  scheduler_gamma: 0.0\n  kld_weight: 0.00025\ntrainer_params:\n  max_epochs: 10\n');
    expect(positions(d)).toEqual(['4:20']);
    expect(d[0]!.message).toBe('A learning-rate decay factor of 0 sets the rate to 0 at the first decay.');
    expect(positions(findings(RULE, '{"lr": 0.01, "lr_decay_factor": 0, "epochs": 20}', 'json'))).toEqual(['1:33']);
    expect(positions(findings(RULE, 'lr: 0.01\nsched_gamma: 0\nepochs: 20\n'))).toEqual(['2:14']);
  });

  it('flags gamma and factor only inside a scheduler or beside its settings', () => {
    expect(positions(findings(RULE, 'scheduler:\n  name: StepLR\n  step_size: 30\n  gamma: 0\n'))).toEqual(['4:10']);
    expect(positions(findings(RULE, 'lr_scheduler:\n  _target_: torch.optim.lr_scheduler.ReduceLROnPlateau\n  factor: 0.0\n  patience: 5\n'))).toEqual(['3:11']);
    expect(positions(findings(RULE, 'SOLVER:\n  BASE_LR: 0.02\n  STEPS: (60000, 80000)\n  GAMMA: 0\n'))).toEqual(['4:10']);
    // A discount of 0 (a contextual bandit), a focal loss without focusing, early stopping's patience beside it.
    expect(findings(RULE, 'algo: ppo\ngamma: 0\nlr: 3e-4\n')).toEqual([]);
    expect(findings(RULE, 'loss:\n  name: focal\n  gamma: 0\npatience: 10\nlr: 0.001\n')).toEqual([]);
    // A scheduler of another quantity (a distillation temperature) decays that, not the rate; one named for a rate does.
    expect(findings(RULE, 'lr: 0.001\ntemperature_scheduler:\n  step_size: 10\n  gamma: 0\n')).toEqual([]);
    expect(positions(findings(RULE, 'lr: 0.001\nteacher_lr_scheduler:\n  step_size: 10\n  gamma: 0\n'))).toEqual(['4:10']);
  });

  it('leaves positive factors, placeholders and a plateau factor with a positive floor alone', () => {
    expect(findings(RULE, 'scheduler:\n  name: StepLR\n  step_size: 30\n  gamma: 0.1\n')).toEqual([]);
    expect(findings(RULE, 'scheduler_gamma: ${oc.env:GAMMA}\n')).toEqual([]);
    expect(findings(RULE, 'lr_scheduler:\n  name: ReduceLROnPlateau\n  factor: 0\n  min_lr: 1.0e-5\n')).toEqual([]);
  });

  it('leaves a factor beside a schedule that has none alone (detectron2 WarmupCosineLR, a cosine block), but not beside a step schedule', () => {
    const d2 = 'SOLVER:\n  BASE_LR: 0.01\n  LR_SCHEDULER_NAME: %S%\n  GAMMA: 0.0\n  STEPS: (30000,)\n  MAX_ITER: 40000\n';
    expect(findings(RULE, d2.replace('%S%', 'WarmupCosineLR'))).toEqual([]);
    expect(positions(findings(RULE, d2.replace('%S%', 'WarmupMultiStepLR')))).toEqual(['4:10']);
    expect(findings(RULE, 'scheduler:\n  name: cosine\n  T_max: 100\n  gamma: 0\n')).toEqual([]);
    expect(positions(findings(RULE, 'scheduler:\n  name: exponential_cosine\n  gamma: 0\n'))).toEqual(['3:10']);
    // A LambdaLR's function may read the factor.
    expect(positions(findings(RULE, 'scheduler:\n  type: LambdaLR\n  step_size: 10\n  gamma: 0\n'))).toEqual(['4:10']);
  });
});
