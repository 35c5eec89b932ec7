import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('num-leaves-range', () => {
  it('flags num_leaves 1 and max_bin 1 in a LightGBM params file', () => {
    const d = findings('num-leaves-range', 'objective: binary\nnum_leaves: 1\nmax_bin: 1\nbagging_fraction: 0.8\nfeature_fraction: 0.8\n');
    expect(positions(d)).toEqual(['2:13', '3:10']);
    expect(d[0].message).toBe('LightGBM `num_leaves` 1 is outside (1, 131072].');
  });

  it('names the canonical parameter when an alias is used, in JSON', () => {
    const d = findings('num-leaves-range', '{"max_leaves": 200000, "min_data_in_leaf": 20, "lambda_l2": 1.0}', 'json');
    expect(d).toHaveLength(1);
    expect(d[0].explanation).toContain("LightGBM's alias of `num_leaves`");
  });

  it('leaves XGBoost max_leaves 0 (no limit) and valid LightGBM values alone', () => {
    expect(findings('num-leaves-range', 'eta: 0.1\ntree_method: hist\ngrow_policy: lossguide\nmax_leaves: 0\nmax_depth: 0\n')).toEqual([]);
    expect(findings('num-leaves-range', 'num_leaves: 31\nmax_bin: 255\nbagging_fraction: 0.9\nfeature_fraction: 0.9\nnum_class: 1\n')).toEqual([]);
  });
});
