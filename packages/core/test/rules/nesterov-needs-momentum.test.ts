import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'nesterov-needs-momentum';

describe(RULE, () => {
  it('flags a torch SGD with nesterov and the default momentum of 0', () => {
    const d = findings(RULE, 'trainer:\n  max_epochs: 3\nmodel:\n  optimizer:\n    _target_: torch.optim.SGD\n    _partial_: true\n    lr: 0.1\n    nesterov: true\n');
    expect(positions(d)).toEqual(['8:5']);
    expect(d[0]!.message).toBe('Nesterov momentum needs a positive momentum, but momentum is not set (default 0).');
  });

  it('does not claim the default of 0 for a block with settings SGD does not take, which the program reads key by key', () => {
    // fast-autoaugment: `optim.SGD(momentum=optimizer.get('momentum', 0.9), weight_decay=optimizer.decay, nesterov=...)`.
    const autoaug = 'model:\n  type: resnet50\nlr: 0.05\nepoch: 270\noptimizer:\n  type: sgd\n  nesterov: True\n  decay: 0.0001\n  clip: 0\n  ema: 0\n';
    expect(findings(RULE, autoaug)).toEqual([]);
    expect(positions(findings(RULE, 'epochs: 90\noptimizer:\n  type: sgd\n  lr: 0.1\n  nesterov: true\n  weight_decay: 0.0001\n'))).toEqual(['5:3']);
  });

  it('flags an explicit zero momentum (detectron2) and non-zero dampening (TOML)', () => {
    expect(positions(findings(RULE, '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: x\nSOLVER:\n  BASE_LR: 0.02\n  NESTEROV: true\n  MOMENTUM: 0.0\n'))).toEqual(['7:13']);
    const d = findings(RULE, '[optimizer]\nname = "sgd"\nlr = 0.1\nmomentum = 0.9\nnesterov = true\ndampening = 0.1\n', 'toml');
    expect(d[0]!.message).toBe('Nesterov momentum needs zero dampening, but dampening is 0.1.');
  });

  it('leaves a missing momentum to the program when the file holds only an optimizer\'s settings (an override merged elsewhere)', () => {
    expect(findings(RULE, 'type = "SGD"\nlr = 6e-4\nnesterov = true\n', 'toml')).toEqual([]);
    expect(positions(findings(RULE, 'type = "SGD"\nlr = 6e-4\nnesterov = true\nmomentum = 0.0\n', 'toml'))).toEqual(['4:12']);
  });

  it('flags a NeMo-style optimizer block named sgd', () => {
    expect(findings(RULE, 'model:\n  optim:\n    name: sgd\n    lr: 0.01\n    nesterov: true\n')).toHaveLength(1);
  });

  it('stays quiet with momentum, detectron2 defaults, nesterov off and unknown classes', () => {
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.SGD\n  lr: 0.1\n  momentum: 0.9\n  nesterov: true\n')).toEqual([]);
    expect(findings(RULE, '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: x\nSOLVER:\n  BASE_LR: 0.02\n  NESTEROV: true\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.SGD\n  lr: 0.1\n  nesterov: false\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  _target_: my.CustomOpt\n  nesterov: true\n')).toEqual([]);
    // Keras SGD does not refuse nesterov without momentum, and sklearn's flag has another name.
    expect(findings(RULE, 'solver: sgd\nnesterovs_momentum: true\nmomentum: 0\nhidden_layer_sizes: [100]\n')).toEqual([]);
  });
});
