import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'onecycle-epoch-interval';

describe(RULE, () => {
  it('flags a LightningCLI OneCycleLR, which is stepped per epoch', () => {
    const d = findings(RULE, 'trainer:\n  max_epochs: 10\noptimizer:\n  class_path: torch.optim.AdamW\n  init_args:\n    lr: 0.001\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.OneCycleLR\n  init_args:\n    max_lr: 0.01\n    total_steps: 1000\n');
    expect(positions(d)).toEqual(['8:15']);
    expect(d[0]!.message).toBe('OneCycleLR is stepped once per epoch, but it is a per-step schedule.');
  });

  it('flags interval: epoch in a scheduler dict and mmengine by_epoch without conversion', () => {
    expect(positions(findings(RULE, 'model:\n  scheduler:\n    scheduler:\n      _target_: torch.optim.lr_scheduler.CyclicLR\n      base_lr: 0.001\n    interval: epoch\n'))).toEqual(['6:15']);
    expect(positions(findings(RULE, 'param_scheduler:\n  - type: OneCycleLR\n    eta_max: 0.01\n    by_epoch: true\n    total_steps: 50\n'))).toEqual(['4:15']);
  });

  it('stays quiet with interval step, convert_to_iter_based (F10) and Hydra schedulers configured in code', () => {
    expect(findings(RULE, 'model:\n  scheduler:\n    scheduler:\n      _target_: torch.optim.lr_scheduler.OneCycleLR\n      max_lr: 0.01\n    interval: step\n')).toEqual([]);
    expect(findings(RULE, 'param_scheduler:\n  - type: OneCycleLR\n    eta_max: 0.01\n    by_epoch: true\n    convert_to_iter_based: true\n')).toEqual([]);
    expect(findings(RULE, 'model:\n  scheduler:\n    _target_: torch.optim.lr_scheduler.OneCycleLR\n    _partial_: true\n    max_lr: 0.01\n')).toEqual([]);
  });
});
