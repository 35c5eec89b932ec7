import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'lgbm-unbalance-exclusive';

describe(RULE, () => {
  it('flags is_unbalance with scale_pos_weight, on scale_pos_weight', () => {
    const d = findings(RULE, 'objective: binary\nnum_leaves: 63\nis_unbalance: true\nscale_pos_weight: 4.0\n');
    expect(positions(d)).toEqual(['4:1']);
    expect(d[0]!.message).toBe('is_unbalance and scale_pos_weight cannot be set at the same time.');
    expect(findings(RULE, '{"objective": "binary", "bagging_fraction": 0.8, "unbalance": true, "scale_pos_weight": 2}', 'json')).toHaveLength(1);
  });

  it('stays quiet with one of them, or scale_pos_weight 1', () => {
    expect(findings(RULE, 'objective: binary\nnum_leaves: 63\nis_unbalance: true\nscale_pos_weight: 1.0\n')).toEqual([]);
    expect(findings(RULE, 'objective: binary\nnum_leaves: 63\nscale_pos_weight: 4.0\n')).toEqual([]);
  });
});
