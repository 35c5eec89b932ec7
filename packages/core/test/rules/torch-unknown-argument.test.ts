import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'torch-unknown-argument';

describe('torch-unknown-argument', () => {
  it('flags keys a Hydra-instantiated torch optimizer or scheduler does not take, on the key, with a near-miss suggested', () => {
    const d = findings(RULE, 'optimizer:\n  _target_: torch.optim.AdamW\n  _partial_: true\n  lr: 1.0e-4\n  weight_decay_pt: 1.0e-3\n  momentum: 0.9\nscheduler:\n  _target_: torch.optim.lr_scheduler.StepLR\n  step_size: 10\n  gama: 0.1\n');
    expect(positions(d)).toEqual(['5:3', '6:3', '10:3']);
    expect(d.map((x) => x.message)).toEqual([
      '`AdamW` takes no argument `weight_decay_pt`.',
      '`AdamW` takes no argument `momentum`.',
      '`StepLR` takes no argument `gama` (did you mean `gamma`?).',
    ]);
    expect(d[1].explanation).toContain("TypeError: __init__() got an unexpected keyword argument 'momentum'");
    expect(d[2].suggestions?.[0]?.description).toBe('Rename to `gamma`');
  });

  it('reads LightningCLI init_args (full or bare class names) and HyperPyYAML tags', () => {
    const cli = findings(RULE, 'optimizer:\n  class_path: SGD\n  init_args:\n    lr: 0.1\n    betas: [0.9, 0.99]\n');
    expect(cli.map((x) => x.message)).toEqual(['`SGD` takes no argument `betas`.']);
    expect(cli[0].explanation).toContain('LightningCLI checks `init_args`');
    const sb = findings(RULE, 'opt_class: !name:torch.optim.Adam\n  lr: 0.001\n  momentum: 0.9\n');
    expect(sb.map((x) => x.message)).toEqual(['`Adam` takes no argument `momentum`.']);
  });

  it('knows the parameters any PyTorch from 1.13 to 2.9 accepts, and the first positional one by name', () => {
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.Adam\n  params: ${model.params}\n  decoupled_weight_decay: true\n  fused: true\n  foreach: false\n')).toEqual([]);
    expect(findings(RULE, 'scheduler:\n  _target_: torch.optim.lr_scheduler.OneCycleLR\n  optimizer: ${opt}\n  max_lr: 0.01\n  total_steps: 100\n  verbose: false\n  three_phase: true\n')).toEqual([]);
    // L-BFGS has no weight decay.
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.LBFGS\n  lr: 1\n  weight_decay: 0.01\n').map((x) => x.message)).toEqual(['`LBFGS` takes no argument `weight_decay`.']);
  });

  it('leaves Hydra\'s own keys, a program\'s nested block (NeMo\'s `sched`), LightningCLI\'s plateau monitor and other classes alone', () => {
    expect(findings(RULE, 'optim:\n  _target_: torch.optim.AdamW\n  _recursive_: false\n  _convert_: all\n  lr: 2e-4\n  sched:\n    name: CosineAnnealing\n    min_lr: 1e-5\n')).toEqual([]);
    expect(findings(RULE, 'lr_scheduler:\n  class_path: torch.optim.lr_scheduler.ReduceLROnPlateau\n  init_args:\n    monitor: val_loss\n    patience: 3\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  _target_: lion_pytorch.Lion\n  weight_decay_pt: 1e-3\n')).toEqual([]);
    // Another spelling of the class is torch-class-name's concern, not a class this rule knows.
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.Adamw\n  momentum: 0.9\n')).toEqual([]);
    // Keys programs keep beside `_target_` and take out before building the object: autrainer's `id`, Lightning's
    // scheduler dictionary read from the same block.
    expect(findings(RULE, 'id: StepLR\n_target_: torch.optim.lr_scheduler.StepLR\nstep_size: 10\ngamma: 0.1\n')).toEqual([]);
    expect(findings(RULE, 'scheduler:\n  _target_: torch.optim.lr_scheduler.ReduceLROnPlateau\n  _partial_: true\n  patience: 3\n  monitor: val_loss\n  interval: epoch\n  frequency: 1\n')).toEqual([]);
  });
});
