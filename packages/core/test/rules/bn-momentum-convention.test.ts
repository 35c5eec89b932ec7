import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'bn-momentum-convention';

describe(RULE, () => {
  it('flags a Keras-style momentum in a torch BatchNorm', () => {
    const d = findings(RULE, 'bn:\n  _target_: torch.nn.BatchNorm2d\n  num_features: 64\n  momentum: 0.99\n');
    expect(positions(d)).toEqual(['4:13']);
    expect(d[0]!.message).toBe('BatchNorm momentum 0.99 looks like the Keras convention; PyTorch expects about 0.1.');
    expect(d[0]!.explanation).toContain('1 − 0.99 = 0.01');
  });

  it('flags a PyTorch-style momentum in a Keras BatchNormalization layer (JSON)', () => {
    const text = '{"class_name": "Sequential", "config": {"layers": [{"class_name": "BatchNormalization", "config": {"momentum": 0.1, "epsilon": 0.001}}]}}';
    expect(positions(findings(RULE, text, 'json'))).toEqual([`1:${text.indexOf('0.1') + 1}`]);
  });

  it('stays quiet on each framework\'s own convention and on TabNet bn_momentum (F12)', () => {
    expect(findings(RULE, 'bn:\n  _target_: torch.nn.BatchNorm1d\n  num_features: 64\n  momentum: 0.1\n')).toEqual([]);
    expect(findings(RULE, '{"class_name": "Sequential", "config": {"layers": [{"class_name": "BatchNormalization", "config": {"momentum": 0.99}}]}}', 'json')).toEqual([]);
    expect(findings(RULE, 'input_features: [{name: x, type: number}]\noutput_features: [{name: y, type: binary}]\ncombiner:\n  type: tabnet\n  bn_momentum: 0.4\n  bn_virtual_bs: 512\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.SGD\n  momentum: 0.9\n')).toEqual([]);
  });
});
