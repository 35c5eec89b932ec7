import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'bagging-fraction-without-freq';

describe(RULE, () => {
  it('flags a bagging fraction without a frequency, and the reverse', () => {
    const d = findings(RULE, 'objective: binary\nnum_leaves: 63\nbagging_fraction: 0.8\n');
    expect(positions(d)).toEqual(['3:19']);
    expect(d[0]!.message).toBe('bagging_fraction 0.8 has no effect because bagging_freq is not set (0).');
    expect(findings(RULE, '{"objective": "binary", "num_leaves": 31, "bagging_freq": 5}', 'json')[0]!.message).toBe('bagging_freq 5 has no effect because bagging_fraction is 1.');
  });

  it('stays quiet when both are set, and on XGBoost subsample', () => {
    expect(findings(RULE, 'objective: binary\nnum_leaves: 63\nbagging_fraction: 0.8\nbagging_freq: 1\n')).toEqual([]);
    expect(findings(RULE, 'objective: "binary:logistic"\nbooster: gbtree\neta: 0.1\nsubsample: 0.8\n')).toEqual([]);
  });
});
