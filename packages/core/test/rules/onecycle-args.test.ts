import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('onecycle-args', () => {
  it('flags OneCycleLR pct_start above 1 and a non-positive total_steps', () => {
    const d = findings('onecycle-args', 'lr_scheduler:\n  _target_: torch.optim.lr_scheduler.OneCycleLR\n  max_lr: 0.01\n  total_steps: 0\n  pct_start: 30\n');
    expect(positions(d)).toEqual(['4:16', '5:14']);
    expect(d.map((x) => x.message)).toEqual(['OneCycleLR `total_steps` 0 must be a positive integer.', 'OneCycleLR `pct_start` 30 is outside [0, 1].']);
  });

  it('flags an unknown anneal_strategy with a suggestion, in a HyperPyYAML !new: object', () => {
    const d = findings('onecycle-args', 'lr_annealing: !new:torch.optim.lr_scheduler.OneCycleLR\n  max_lr: 0.01\n  epochs: 10\n  steps_per_epoch: 100\n  anneal_strategy: cosine\n');
    expect(d.map((x) => x.message)).toEqual(['OneCycleLR `anneal_strategy` "cosine" is not `cos` or `linear`.']);
    expect(d[0].explanation).toContain('Write `cos`');
  });

  it('does not require arguments that code may pass (_partial_) and ignores other schedulers', () => {
    expect(findings('onecycle-args', 'scheduler:\n  _target_: torch.optim.lr_scheduler.OneCycleLR\n  _partial_: true\n  max_lr: 0.01\n')).toEqual([]);
    expect(findings('onecycle-args', 'scheduler:\n  _target_: torch.optim.lr_scheduler.CosineAnnealingLR\n  total_steps: 0\n')).toEqual([]);
  });
});
