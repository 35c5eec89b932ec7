import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('xgb-num-round-not-param', () => {
  it('flags num_round among XGBoost booster params (RULES-CATALOG R10), on the key', () => {
    const d = findings('xgb-num-round-not-param', '{"eta": 0.09, "max_depth": 1, "num_round": 1881, "objective": "reg:squarederror", "eval_metric": "rmse"}', 'json');
    expect(positions(d)).toEqual(['1:31']);
    expect(d[0].message).toBe('`num_round` is not a booster parameter, so XGBoost ignores it here.');
    expect(d[0].explanation).toContain('instead of 1881');
  });

  it('flags num_boost_round in a YAML params block', () => {
    expect(findings('xgb-num-round-not-param', 'xgboost:\n  params:\n    eta: 0.1\n    booster: gbtree\n    tree_method: hist\n    num_boost_round: 500\n')).toHaveLength(1);
  });

  it('accepts num_boost_round next to the params block and LightGBM files', () => {
    expect(findings('xgb-num-round-not-param', 'params:\n  eta: 0.1\n  booster: gbtree\n  tree_method: hist\nnum_boost_round: 500\n')).toEqual([]);
    // num_round is a LightGBM alias of num_iterations.
    expect(findings('xgb-num-round-not-param', 'num_leaves: 31\nbagging_fraction: 0.8\nfeature_fraction: 0.8\nnum_round: 100\n')).toEqual([]);
  });
});
