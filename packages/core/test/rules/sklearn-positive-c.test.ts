import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('sklearn-positive-c', () => {
  it('flags C 0 in a LogisticRegression params file', () => {
    const d = findings('sklearn-positive-c', 'penalty: l2\nsolver: lbfgs\nC: 0\nmax_iter: 100\nrandom_state: 0\n');
    expect(positions(d)).toEqual(['3:4']);
    expect(d[0].message).toBe('scikit-learn `C` 0 is outside (0, inf).');
  });

  it('flags l1_ratio, tol and validation_fraction out of range, in JSON', () => {
    const d = findings('sklearn-positive-c', '{"penalty": "elasticnet", "solver": "saga", "l1_ratio": 1.5, "tol": -1e-4, "class_weight": "balanced"}', 'json');
    expect(d.map((x) => x.path)).toEqual(['/l1_ratio', '/tol']);
    const m = findings('sklearn-positive-c', 'hidden_layer_sizes: [100]\nearly_stopping: true\nvalidation_fraction: 1.0\nrandom_state: 1\n');
    expect(m.map((x) => x.message)).toEqual(['scikit-learn `validation_fraction` 1 is outside [0, 1).']);
  });

  it('ignores C and tol outside scikit-learn estimators', () => {
    // A physics `C` constant and a generic `tol` are not estimator parameters.
    expect(findings('sklearn-positive-c', 'model:\n  C: 0\n  tol: -1\n')).toEqual([]);
    expect(findings('sklearn-positive-c', 'penalty: l2\nsolver: lbfgs\nC: 1.0\ntol: 0.0001\n')).toEqual([]);
  });

  it('is the only rule reporting a negative C (weight-decay-non-negative leaves the inverse strength to it)', () => {
    const text = 'penalty: l2\nsolver: lbfgs\nC: -1\nmax_iter: 100\n';
    expect(positions(findings('sklearn-positive-c', text))).toEqual(['3:4']);
    expect(findings('weight-decay-non-negative', text)).toEqual([]);
    // weight-decay-non-negative still reports a negative L2 strength next to it.
    expect(positions(findings('weight-decay-non-negative', 'penalty: l2\nsolver: lbfgs\nC: 1.0\nl2: -0.5\n'))).toEqual(['4:5']);
  });
});
