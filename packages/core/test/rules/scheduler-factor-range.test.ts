import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('scheduler-factor-range', () => {
  it('flags a ReduceLROnPlateau factor of 1 or more', () => {
    const d = findings('scheduler-factor-range', 'scheduler:\n  _target_: torch.optim.lr_scheduler.ReduceLROnPlateau\n  _partial_: true\n  mode: min\n  factor: 2\n  patience: 10\n');
    expect(positions(d)).toEqual(['5:11']);
    expect(d[0].message).toBe('Scheduler `factor` 2 must be below 1.');
  });

  it('flags LinearLR start_factor 0 in a LightningCLI scheduler', () => {
    const d = findings('scheduler-factor-range', 'lr_scheduler:\n  class_path: torch.optim.lr_scheduler.LinearLR\n  init_args:\n    start_factor: 0\n    end_factor: 1.5\n');
    expect(d.map((x) => x.message)).toEqual(['Scheduler `start_factor` 0 is outside (0, 1].', 'Scheduler `end_factor` 1.5 is outside [0, 1].']);
  });

  it('flags a Ludwig decay_rate above 1', () => {
    const d = findings('scheduler-factor-range', 'input_features: []\noutput_features: []\ntrainer:\n  learning_rate_scheduler:\n    decay: exponential\n    decay_rate: 1.5\n');
    expect(positions(d)).toEqual(['6:17']);
  });

  it('accepts the lightning-hydra-template ReduceLROnPlateau (C.2 F11) and factors elsewhere', () => {
    expect(findings('scheduler-factor-range', 'scheduler:\n  _target_: torch.optim.lr_scheduler.ReduceLROnPlateau\n  _partial_: true\n  mode: min\n  factor: 0.1\n  patience: 10\n')).toEqual([]);
    // detectron2's WARMUP_FACTOR and other "factor" keys are not ReduceLROnPlateau's.
    expect(findings('scheduler-factor-range', 'SOLVER:\n  WARMUP_FACTOR: 2.0\nmodel:\n  factor: 4\n')).toEqual([]);
  });
});
