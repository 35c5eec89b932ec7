import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'lgbm-multiclass-num-class';

describe(RULE, () => {
  it('flags a multiclass objective without num_class, and a mismatched metric', () => {
    const d = findings(RULE, 'objective: multiclass\nnum_leaves: 31\nlearning_rate: 0.05\nmetric: binary_logloss\n');
    expect(positions(d)).toEqual(['1:12', '4:9']);
    expect(d.map((x) => x.message)).toEqual(['The multiclass objective needs num_class, which is not set.', 'Metric binary_logloss does not match the multiclass objective multiclass.']);
  });

  it('flags num_class with a binary objective and num_class 1 with softmax (JSON)', () => {
    expect(findings(RULE, '{"objective": "binary", "num_class": 3, "num_leaves": 63}', 'json')[0]!.message).toBe('num_class must be 1 for the binary objective, not 3.');
    expect(findings(RULE, '{"application": "softmax", "num_classes": 1, "bagging_fraction": 0.8}', 'json')[0]!.message).toBe('num_class must be greater than 1 for the softmax objective, not 1.');
  });

  it('stays quiet on consistent settings, the scikit-learn wrapper, custom objectives and XGBoost', () => {
    expect(findings(RULE, 'objective: multiclass\nnum_class: 5\nnum_leaves: 31\nmetric: [multi_logloss, multi_error]\n')).toEqual([]);
    expect(findings(RULE, 'objective: multiclass\nn_estimators: 500\nnum_leaves: 31\ncolsample_bytree: 0.8\n')).toEqual([]);
    expect(findings(RULE, 'objective: custom\nnum_class: 4\nnum_leaves: 31\n')).toEqual([]);
    expect(findings(RULE, 'objective: "multi:softprob"\nbooster: gbtree\ntree_method: hist\neta: 0.1\n')).toEqual([]);
  });
});
