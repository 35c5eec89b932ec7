import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'momentum-range';

describe(RULE, () => {
  it('flags a negative detectron2 SOLVER.MOMENTUM, on the value', () => {
    const d = findings(RULE, 'SOLVER:\n  BASE_LR: 0.02\n  MOMENTUM: -0.9\n');
    expect(positions(d)).toEqual(['3:13']);
    expect(d[0].message).toBe('Momentum -0.9 is outside [0, 1].');
    expect(d[0].path).toBe('/SOLVER/MOMENTUM');
    expect(d[0].explanation).toContain('PyTorch refuses it');
  });

  it('flags Keras SGD momentum above 1 in JSON and a TOML optimizer table', () => {
    const keras = findings(RULE, '{"optimizer": {"class_name": "SGD", "config": {"learning_rate": 0.01, "momentum": 1.5}}}', 'json');
    expect(positions(keras)).toEqual(['1:83']);
    expect(keras[0].message).toBe('Momentum 1.5 is outside [0, 1].');
    expect(positions(findings(RULE, '[optimizer]\nname = "SGD"\nmomentum = 9\n', 'toml'))).toEqual(['3:12']);
  });

  it('also checks dampening and Adadelta rho', () => {
    expect(findings(RULE, 'optimizer:\n  dampening: -0.1\n  rho: 1.1\n').map((d) => d.message)).toEqual(['Dampening -0.1 is outside [0, 1].', 'Rho 1.1 is outside [0, 1].']);
  });

  it('does not read the Karras noise schedule\'s `rho: 7` (EDM, consistency models) as Adadelta\'s', () => {
    expect(findings(RULE, 'training:\n  lr: 0.0004\nschedule:\n  sigma_min: 0.002\n  sigma_max: 80.0\n  rho: 7.0\n')).toEqual([]);
    expect(findings(RULE, 'lr: 0.0001\nrho: 7.0\nfinal_timesteps: 250\ninitial_timesteps: 20\n')).toEqual([]);
    expect(positions(findings(RULE, 'optimizer:\n  type: adadelta\n  lr: 1.0\n  rho: 7.0\n'))).toEqual(['4:8']);
  });

  it('accepts usual momentum settings, including OneCycle and YOLO warmup momentum', () => {
    expect(findings(RULE, 'optimizer:\n  momentum: 0.9\n  nesterov: true\n  dampening: 0\nscheduler:\n  cycle_momentum: true\n  base_momentum: 0.85\n  max_momentum: 0.95\n')).toEqual([]);
    expect(findings(RULE, 'lr0: 0.01\nmomentum: 0.937\nwarmup_momentum: 0.8\n')).toEqual([]);
  });

  it('does not read batch-norm momentum as optimizer momentum (TabNet bn_momentum, Keras BatchNormalization)', () => {
    expect(findings(RULE, 'combiner:\n  type: tabnet\n  bn_momentum: 1.5\nnorm:\n  momentum: 1.5\n')).toEqual([]);
    expect(findings(RULE, '{"class_name": "BatchNormalization", "config": {"momentum": 1.5, "epsilon": 0.001}}', 'json')).toEqual([]);
  });

  it('stays quiet on placeholders', () => {
    expect(findings(RULE, 'momentum: auto\nrho: ${x}\n')).toEqual([]);
  });
});
