import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'sgd-schedule-needs-eta0';

describe(RULE, () => {
  it('flags a constant schedule with eta0 0, on eta0', () => {
    const d = findings(RULE, 'sgd:\n  _target_: sklearn.linear_model.SGDClassifier\n  learning_rate: constant\n  eta0: 0.0\n');
    expect(positions(d)).toEqual(['4:9']);
    expect(d[0]!.message).toBe('eta0 must be positive for the "constant" schedule, not 0.');
  });

  it('flags the optimal schedule with alpha 0 (JSON)', () => {
    expect(findings(RULE, '{"loss": "hinge", "learning_rate": "optimal", "alpha": 0, "eta0": 0.1}', 'json')[0]!.message).toBe('alpha must be positive for the "optimal" schedule, not 0.');
  });

  it('stays quiet with positive values, unset eta0, and MLP schedules', () => {
    expect(findings(RULE, 'learning_rate: invscaling\neta0: 0.01\npower_t: 0.25\n')).toEqual([]);
    expect(findings(RULE, 'sgd:\n  _target_: sklearn.linear_model.SGDClassifier\n  learning_rate: adaptive\n')).toEqual([]);
    expect(findings(RULE, 'solver: sgd\nlearning_rate: constant\nlearning_rate_init: 0.001\nhidden_layer_sizes: [64]\n')).toEqual([]);
  });
});
