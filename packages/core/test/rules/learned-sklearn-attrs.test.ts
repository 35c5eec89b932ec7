import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'learned-sklearn-attrs';

describe(RULE, () => {
  it('flags fitted attributes of a LogisticRegression dump in JSON, on the key', () => {
    const d = findings(RULE, '{"C": 1.0, "penalty": "l2",\n "coef_": [[0.1, -0.2, 0.3]],\n "intercept_": [0.5]}', 'json');
    expect(positions(d)).toEqual(['2:2', '3:2']);
    expect(d[0].message).toBe('`coef_` is a fitted attribute (a 1 × 3 matrix), not a hyperparameter.');
    expect(d[1].message).toBe('`intercept_` is a fitted attribute (a fitted value), not a hyperparameter.');
    expect(d[0].path).toBe('/coef_');
    expect(d[0].explanation).toContain('joblib.dump');
  });

  it('flags support vectors in YAML and coefficients in TOML', () => {
    const svc = findings(RULE, 'kernel: rbf\nC: 10\nsupport_vectors_: [[0.1, 0.2], [0.3, 0.4]]\ndual_coef_: [1, -1]\n');
    expect(svc.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '3:1 `support_vectors_` is a fitted attribute (a 2 × 2 matrix), not a hyperparameter.',
      '4:1 `dual_coef_` is a fitted attribute (2 numbers), not a hyperparameter.',
    ]);
    expect(positions(findings(RULE, '[model]\nC = 1.0\npenalty = "l2"\ncoef_ = [1.0, 2.0]\n', 'toml'))).toEqual(['4:1']);
  });

  it('flags scaler statistics, and leaves a tuned decision threshold to learned-threshold-vs-param', () => {
    expect(findings(RULE, 'mean_: [0.1, 1.2]\nscale_: [1.0, 1.4]\n').map((d) => d.path)).toEqual(['/mean_', '/scale_']);
    // best_threshold_ is fitted too, but it has a hyperparameter twin (`threshold`), so the rule that can name it reports it.
    const threshold = 'estimator: LogisticRegression\nbest_threshold_: 0.42\nintercept_: [0.5]\n';
    expect(findings(RULE, threshold).map((d) => d.path)).toEqual(['/intercept_']);
    expect(positions(findings('learned-threshold-vs-param', threshold))).toEqual(['2:1']);
  });

  it('does not flag constructor arguments that hold arrays (RULES-CATALOG §B.2)', () => {
    expect(findings(RULE, '{"n_components": 2, "means_init": [[0, 0], [1, 1]], "weights_init": [0.5, 0.5], "precisions_init": [[1, 0], [0, 1]]}', 'json')).toEqual([]);
    expect(findings(RULE, '{"n_clusters": 2, "init": [[0, 0], [1, 1]], "class_weight": {"0": 1, "1": 5}}', 'json')).toEqual([]);
    expect(findings(RULE, 'threshold: 0.5\nC: 1.0\nkernel: rbf\n')).toEqual([]);
  });

  it('does not flag a fitted-attribute name that holds no numbers', () => {
    expect(findings(RULE, '{"coef_": "see notebook", "C": 1.0}', 'json')).toEqual([]);
  });
});
