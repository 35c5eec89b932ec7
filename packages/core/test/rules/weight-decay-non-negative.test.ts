import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'weight-decay-non-negative';

describe(RULE, () => {
  it('flags a negative weight decay in YAML, on the value', () => {
    const d = findings(RULE, 'learning_rate: 2.0e-5\nweight_decay: -0.01\n');
    expect(positions(d)).toEqual(['2:15']);
    expect(d[0].message).toBe('Regularization strength -0.01 is negative.');
    expect(d[0].path).toBe('/weight_decay');
    expect(d[0].explanation).toContain('Use 0 to disable it');
  });

  it('flags LightGBM and XGBoost penalties in JSON and a TOML optimizer table', () => {
    expect(findings(RULE, '{"lambda_l1": -0.1, "lambda_l2": -1, "num_leaves": 31}', 'json').map((d) => d.path)).toEqual(['/lambda_l1', '/lambda_l2']);
    expect(findings(RULE, '{"reg_alpha": -1, "reg_lambda": -2, "booster": "gbtree"}', 'json').map((d) => d.message)).toEqual([
      'Regularization strength -1 is negative.',
      'Regularization strength -2 is negative.',
    ]);
    expect(positions(findings(RULE, '[optimizer]\nweight_decay = -0.1\n', 'toml'))).toEqual(['2:16']);
  });

  it('flags scikit-learn alpha and Ludwig regularization_lambda', () => {
    expect(positions(findings(RULE, '{"alpha": -0.5, "penalty": "l2", "solver": "sgd"}', 'json'))).toEqual(['1:11']);
    expect(positions(findings(RULE, 'trainer:\n  regularization_lambda: -0.1\n'))).toEqual(['2:26']);
  });

  it('accepts zero and positive values', () => {
    expect(findings(RULE, 'weight_decay: 0.0\nwd: 0.1\nlambda_l2: 1\n')).toEqual([]);
  });

  it('does not read an ambiguous `alpha` as a penalty outside a scikit-learn or GBDT context', () => {
    expect(findings(RULE, 'lora:\n  r: 8\n  alpha: -16\n')).toEqual([]);
    expect(findings(RULE, 'alpha: -1\n')).toEqual([]);
  });

  it('stays quiet on placeholders', () => {
    expect(findings(RULE, 'weight_decay: auto\nwd: ${x}\nregularization_lambda: ???\n')).toEqual([]);
  });
});
