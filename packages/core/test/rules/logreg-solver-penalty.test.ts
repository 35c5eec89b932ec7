import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'logreg-solver-penalty';

describe(RULE, () => {
  it('flags l1 with the default lbfgs solver when the class is named', () => {
    const d = findings(RULE, 'model:\n  _target_: sklearn.linear_model.LogisticRegression\n  penalty: l1\n  C: 0.5\n');
    expect(positions(d)).toEqual(['3:12']);
    expect(d[0]!.message).toBe('Solver lbfgs supports only the "l2" penalty or none, not "l1".');
  });

  it('flags elasticnet with liblinear, dual with lbfgs and no penalty with liblinear (JSON)', () => {
    const text = '{"solver": "liblinear", "penalty": "elasticnet", "l1_ratio": 0.5}';
    expect(positions(findings(RULE, text, 'json'))).toEqual([`1:${text.indexOf('"liblinear"') + 1}`]);
    expect(findings(RULE, '{"solver": "lbfgs", "penalty": "l2", "dual": true}', 'json')[0]!.message).toBe('Solver lbfgs supports only dual=False.');
    expect(findings(RULE, 'solver: liblinear\npenalty: null\nC: 1.0\n')[0]!.message).toBe('The liblinear solver does not support penalty None.');
    expect(findings(RULE, 'solver: newton-cg\npenalty: elasticnet\nl1_ratio: 0.3\n')[0]!.message).toBe('Solver newton-cg supports only the "l2" penalty or none, not "elasticnet".');
  });

  it('stays quiet on supported pairs, other estimators and unknown solvers', () => {
    expect(findings(RULE, 'solver: saga\npenalty: elasticnet\nl1_ratio: 0.5\n')).toEqual([]);
    expect(findings(RULE, 'solver: liblinear\npenalty: l1\n')).toEqual([]);
    expect(findings(RULE, 'solver: lbfgs\npenalty: null\n')).toEqual([]);
    expect(findings(RULE, 'model:\n  _target_: sklearn.linear_model.SGDClassifier\n  penalty: l1\n')).toEqual([]);
    // MLP and Ridge take a solver but no penalty.
    expect(findings(RULE, 'solver: lbfgs\nhidden_layer_sizes: [64]\nalpha: 0.001\n')).toEqual([]);
  });
});
