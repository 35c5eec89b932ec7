import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'max-depth-without-num-leaves';

describe(RULE, () => {
  it('flags a depth above 4 without num_leaves', () => {
    const d = findings(RULE, 'objective: regression\nmax_depth: 8\nbagging_fraction: 0.8\nbagging_freq: 1\n');
    expect(positions(d)).toEqual(['2:12']);
    expect(d[0]!.message).toBe('max_depth 8 is set without num_leaves, which stays at 31.');
  });

  it('stays quiet for shallow depths, explicit leaves (any alias), no limit, and XGBoost', () => {
    expect(findings(RULE, 'objective: regression\nmax_depth: 4\nbagging_fraction: 0.8\n')).toEqual([]);
    expect(findings(RULE, '{"objective": "regression", "max_depth": 8, "max_leaves": 200, "bagging_fraction": 0.8}', 'json')).toEqual([]);
    expect(findings(RULE, 'objective: regression\nmax_depth: -1\nbagging_fraction: 0.8\n')).toEqual([]);
    expect(findings(RULE, 'objective: "reg:squarederror"\nbooster: gbtree\nmax_depth: 8\n')).toEqual([]);
  });
});
