import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('fraction-open-closed', () => {
  it('flags a LightGBM bagging_fraction of 0 and a feature_fraction above 1', () => {
    const d = findings('fraction-open-closed', 'objective: binary\nnum_leaves: 31\nbagging_fraction: 0\nbagging_freq: 5\nfeature_fraction: 1.2\n');
    expect(positions(d)).toEqual(['3:19', '5:19']);
    expect(d[0].message).toBe('Sampling fraction 0 is outside (0, 1].');
    expect(d[0].explanation).toContain('LightGBM refuses 0');
  });

  it('flags an XGBoost percentage written as a fraction, in JSON', () => {
    const d = findings('fraction-open-closed', '{"eta": 0.1, "max_depth": 6, "subsample": 80, "colsample_bytree": 0.8, "objective": "reg:squarederror"}', 'json');
    expect(d.map((x) => x.path)).toEqual(['/subsample']);
    expect(d[0].explanation).toContain('write 0.8');
  });

  it('stays quiet on valid fractions and on unrelated frameworks', () => {
    expect(findings('fraction-open-closed', 'num_leaves: 31\nbagging_fraction: 1.0\nfeature_fraction: 0.9\nlambda_l1: 0.1\n')).toEqual([]);
    // A `subsample` outside any GBDT params (e.g. an audio front-end) is not this rule's business.
    expect(findings('fraction-open-closed', 'model:\n  encoder:\n    subsample: 4\n    d_model: 256\n')).toEqual([]);
  });
});
