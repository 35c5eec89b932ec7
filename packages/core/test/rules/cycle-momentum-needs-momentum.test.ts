import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'cycle-momentum-needs-momentum';

describe(RULE, () => {
  it('flags OneCycleLR with Adagrad in LightningCLI, on the scheduler class', () => {
    const d = findings(RULE, 'optimizer:\n  class_path: torch.optim.Adagrad\n  init_args:\n    lr: 0.01\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.OneCycleLR\n  init_args:\n    max_lr: 0.1\n    total_steps: 1000\ntrainer:\n  max_epochs: 3\n');
    expect(positions(d)).toEqual(['6:15']);
    expect(d[0]!.message).toBe('OneCycleLR cycles momentum by default, but the Adagrad optimizer has no momentum or betas.');
  });

  it('flags CyclicLR with Adadelta in a Hydra config', () => {
    const d = findings(RULE, 'model:\n  optimizer:\n    _target_: torch.optim.Adadelta\n    lr: 1.0\n  scheduler:\n    _target_: torch.optim.lr_scheduler.CyclicLR\n    base_lr: 0.1\n    max_lr: 1.0\n');
    expect(d[0]!.message).toBe('CyclicLR cycles momentum by default, but the Adadelta optimizer has no momentum or betas.');
  });

  it('stays quiet with cycle_momentum false, optimizers with momentum or betas, and no named optimizer', () => {
    expect(findings(RULE, 'optimizer:\n  class_path: torch.optim.Adagrad\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.OneCycleLR\n  init_args:\n    max_lr: 0.1\n    cycle_momentum: false\ntrainer:\n  max_epochs: 3\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  class_path: torch.optim.AdamW\n  init_args:\n    lr: 0.001\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.OneCycleLR\n  init_args:\n    max_lr: 0.01\ntrainer:\n  max_epochs: 3\n')).toEqual([]);
    expect(findings(RULE, 'lr: 0.01\nlr_scheduler:\n  _target_: torch.optim.lr_scheduler.OneCycleLR\n  max_lr: 0.1\n')).toEqual([]);
  });
});
