import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'xgb-depth-and-leaves-unbounded';

describe(RULE, () => {
  it('flags max_depth 0 without a leaf limit', () => {
    const text = '{"booster": "gbtree", "tree_method": "hist", "eta": 0.1, "max_depth": 0}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual([`1:${text.lastIndexOf('0') + 1}`]);
    expect(d[0]!.message).toBe('max_depth 0 with no max_leaves leaves XGBoost trees unbounded.');
    expect(findings(RULE, 'booster: gbtree\ntree_method: hist\nmax_depth: 0\nmax_leaves: 0\n')).toHaveLength(1);
  });

  it('stays quiet with a leaf limit, a depth, or in LightGBM where max_depth 0 means no limit', () => {
    expect(findings(RULE, 'booster: gbtree\ntree_method: hist\ngrow_policy: lossguide\nmax_depth: 0\nmax_leaves: 255\n')).toEqual([]);
    expect(findings(RULE, 'booster: gbtree\ntree_method: hist\nmax_depth: 6\n')).toEqual([]);
    expect(findings(RULE, 'objective: binary\nnum_leaves: 31\nbagging_fraction: 0.8\nmax_depth: 0\n')).toEqual([]);
  });
});
